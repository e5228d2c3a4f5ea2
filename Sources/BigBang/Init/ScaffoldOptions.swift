/// What `bbctl init` scaffolds: the answers to its flags (or prompts), checked by `validate()`
/// before any template runs.
public struct ScaffoldOptions: Sendable, Equatable {
    /// Where the chart comes from: the Big Bang git repository (a Flux GitRepository and
    /// the Big Bang kustomize base) or an OCI Helm registry (HelmRepository + HelmRelease).
    public enum Source: String, Sendable, CaseIterable {
        case git
        case helm
    }

    /// A current Big Bang 3.x release; `--bigbang-version` picks another.
    public static let defaultBigBangVersion = "3.30.0"
    public static let defaultEnvironments = ["dev", "staging", "prod"]
    /// The global domain when none is given; non-production environments get `<env>.<domain>`.
    public static let defaultDomain = "bigbang.example.mil"
    public static let defaultGitRepoURL = "https://repo1.dso.mil/big-bang/bigbang.git"
    public static let defaultHelmRepoURL = "oci://registry1.dso.mil/bigbang"
    /// Environment names taken to be production (validate's stricter rules, HA sizes).
    public static let productionNames: Set<String> = ["prod", "production", "prd", "live"]

    /// The directory to create (or fill, when empty or with `force`).
    public var directory: String
    /// In promotion order.
    public var environments: [String]
    public var bigBangVersion: String
    /// The global domain; nil for `defaultDomain`.
    public var domain: String?
    /// Per-environment domains (`--domain dev=dev.example.mil`), winning over the global one.
    public var environmentDomains: [String: String]
    public var source: Source
    /// The Big Bang git repository (git) or OCI registry (helm); nil for the public one.
    public var repoURL: String?
    public var ageRecipients: [String]
    public var pgpFingerprints: [String]
    /// Initialise a git repository and make the first commit.
    public var initializeGit: Bool
    /// Write into a non-empty directory, replacing files of the same names.
    public var force: Bool

    public init(directory: String, environments: [String] = ScaffoldOptions.defaultEnvironments,
                bigBangVersion: String = ScaffoldOptions.defaultBigBangVersion, domain: String? = nil,
                environmentDomains: [String: String] = [:], source: Source = .git, repoURL: String? = nil,
                ageRecipients: [String] = [], pgpFingerprints: [String] = [],
                initializeGit: Bool = false, force: Bool = false) {
        self.directory = directory
        self.environments = environments
        self.bigBangVersion = bigBangVersion
        self.domain = domain
        self.environmentDomains = environmentDomains
        self.source = source
        self.repoURL = repoURL
        self.ageRecipients = ageRecipients
        self.pgpFingerprints = pgpFingerprints
        self.initializeGit = initializeGit
        self.force = force
    }

    public var effectiveRepoURL: String {
        repoURL ?? (source == .git ? Self.defaultGitRepoURL : Self.defaultHelmRepoURL)
    }

    public func isProduction(_ environment: String) -> Bool {
        Self.productionNames.contains(environment.lowercased())
    }

    /// The domain of one environment: its own `--domain ENV=D`, else the global domain for
    /// production and `<env>.<domain>` for the others.
    public func domain(of environment: String) -> String {
        if let own = environmentDomains[environment] { return own }
        let global = domain ?? Self.defaultDomain
        return isProduction(environment) ? global : "\(environment).\(global)"
    }

    /// Rejects what would produce a broken repository; every value ends up in YAML, so
    /// only plain tokens are accepted.
    public func validate() throws {
        guard !environments.isEmpty else { throw BigBangError.scaffold("at least one environment is needed") }
        var seen = Set<String>()
        for env in environments {
            guard Self.isDNSLabel(env), env != "base" else {
                throw BigBangError.scaffold("environment name \"\(env)\" must be a lowercase DNS label (a-z, 0-9, '-') other than \"base\"")
            }
            guard seen.insert(env).inserted else { throw BigBangError.scaffold("environment \"\(env)\" is listed twice") }
        }
        for name in environmentDomains.keys.sorted() where !seen.contains(name) {
            throw BigBangError.scaffold("--domain \(name)=…: \"\(name)\" is not one of the environments (\(environments.joined(separator: ", ")))")
        }
        for d in [domain].compactMap({ $0 }) + environmentDomains.values.sorted() where !Self.isDomain(d) {
            throw BigBangError.scaffold("\"\(d)\" is not a domain name")
        }
        guard Self.isVersion(bigBangVersion) else {
            throw BigBangError.scaffold("Big Bang version \"\(bigBangVersion)\" is not a release version such as \(Self.defaultBigBangVersion)")
        }
        if let url = repoURL, url.isEmpty || url.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "?" }) {
            throw BigBangError.scaffold("--repo-url \"\(url)\" is not a repository URL")
        }
        for r in ageRecipients where !(r.hasPrefix("age1") && r.count > 10 && r.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }) {
            throw BigBangError.scaffold("\"\(r)\" is not an age recipient (age1…, as age-keygen prints it)")
        }
        for f in pgpFingerprints where !(f.count >= 16 && f.allSatisfy(\.isHexDigit)) {
            throw BigBangError.scaffold("\"\(f)\" is not a PGP key fingerprint (hex digits, no spaces)")
        }
    }

    static func isDNSLabel(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        guard (1...63).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") }
    }

    static func isDomain(_ s: String) -> Bool {
        let labels = s.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { isDNSLabel(String($0)) }
    }

    /// `X.Y.Z` with an optional pre-release/build suffix, no leading `v` (Big Bang's tags).
    static func isVersion(_ s: String) -> Bool {
        let core = s.split(whereSeparator: { $0 == "-" || $0 == "+" }).first.map(String.init) ?? ""
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        let suffixOK = s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-+.".contains($0)) }
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) } && suffixOK
    }
}
