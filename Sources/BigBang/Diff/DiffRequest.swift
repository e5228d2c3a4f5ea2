/// What `bbctl diff` was asked to compare, before it is turned into pairs of sides.
public struct DiffRequest: Sendable {
    /// One environment (compared across revisions) or two (A and B).
    public var environments: [String]
    /// Side A's revision (`--ref`, `--ref-a`); nil for the working tree.
    public var revisionA: String?
    /// Side B's revision (`--ref-b`); nil for the working tree.
    public var revisionB: String?
    /// Every environment of the repository, each against itself across the revisions.
    public var all: Bool
    /// With `all`: only the environments the revision range can affect.
    public var changedOnly: Bool

    public init(environments: [String] = [], revisionA: String? = nil, revisionB: String? = nil,
                all: Bool = false, changedOnly: Bool = false) {
        self.environments = environments
        self.revisionA = revisionA
        self.revisionB = revisionB
        self.all = all
        self.changedOnly = changedOnly
    }

    /// Why the request cannot be compared, or nil when it can.
    public var problem: String? {
        if all || changedOnly {
            if !environments.isEmpty { return "--all and --changed take no environment arguments" }
            if revisionA == nil && revisionB == nil { return "--all and --changed compare revisions: give --ref (or --ref-a/--ref-b)" }
            return nil
        }
        switch environments.count {
        case 1 where revisionA == nil && revisionB == nil:
            return "one environment is compared across revisions: give --ref REV (or a second environment)"
        case 1, 2: return nil
        default: return "expected ENV --ref REV, or two environments A B (got \(environments.count) arguments)"
        }
    }
}

extension EnvironmentDiffer {
    /// Plans the pairs a request names and compares them.
    public func run(_ request: DiffRequest) throws -> DiffReport {
        if let problem = request.problem { throw BigBangError.invalidRequest(problem) }
        let (a, b) = (request.revisionA, request.revisionB)
        if request.all || request.changedOnly {
            let envs: [BigBangRepository.Environment]
            switch (a, b) {
            case (let from?, let to?) where request.changedOnly: envs = try affectedEnvironments(from: from, to: to)
            case (let one?, nil) where request.changedOnly, (nil, let one?) where request.changedOnly:
                envs = try affectedEnvironments(from: one, to: nil)   // that revision against the working tree
            default: envs = repository.environments
            }
            return try diff(envs.map { (Target($0.name, at: a), Target($0.name, at: b)) })
        }
        if request.environments.count == 2 {
            return try diff([(Target(request.environments[0], at: a), Target(request.environments[1], at: b))])
        }
        let name = request.environments[0]
        return try diff([(Target(name, at: a), Target(name, at: b))])
    }
}
