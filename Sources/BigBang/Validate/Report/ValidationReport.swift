/// Everything `bbctl validate` found, ordered by environment, file, line and rule, with the
/// three outputs CI reads: text, JSON and JUnit XML.
public struct ValidationReport: Sendable {
    /// Environment names in the order they were validated.
    public var environments: [String]
    /// Ids of the rules that ran.
    public var rules: [String]
    public var findings: [Finding]
    /// `.bbctl.yaml` `validate.disable` entries that name no rule.
    public var unknownDisabledRules: [String] = []

    public init(environments: [String], rules: [String], findings: [Finding]) {
        self.environments = environments
        self.rules = rules
        self.findings = Self.sorted(findings, environments: environments, rules: rules)
    }

    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
    public var warningCount: Int { findings.filter { $0.severity == .warning }.count }
    /// Whether `bbctl validate` exits 1.
    public var hasErrors: Bool { errorCount > 0 }

    public func findings(in environment: String) -> [Finding] { findings.filter { $0.environment == environment } }

    private static func sorted(_ findings: [Finding], environments: [String], rules: [String]) -> [Finding] {
        let envOrder = Dictionary(environments.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let ruleOrder = Dictionary(rules.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return findings.enumerated().sorted { x, y in
            let a = x.element, b = y.element
            let ea = envOrder[a.environment] ?? Int.max, eb = envOrder[b.environment] ?? Int.max
            if ea != eb { return ea < eb }
            // Located findings first, grouped by file; then those with only an origin; then
            // the rest. Within a group by line, column, rule.
            let ta = a.location != nil ? 0 : a.origin != nil ? 1 : 2
            let tb = b.location != nil ? 0 : b.origin != nil ? 1 : 2
            if ta != tb { return ta < tb }
            let fa = a.file ?? "", fb = b.file ?? ""
            if fa != fb { return fa < fb }
            let la = a.location?.line ?? 0, lb = b.location?.line ?? 0
            if la != lb { return la < lb }
            let ca = a.location?.column ?? 0, cb = b.location?.column ?? 0
            if ca != cb { return ca < cb }
            let ra = ruleOrder[a.rule] ?? Int.max, rb = ruleOrder[b.rule] ?? Int.max
            if ra != rb { return ra < rb }
            return x.offset < y.offset
        }.map(\.element)
    }
}

func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
