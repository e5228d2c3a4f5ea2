import GoTemplate
import ScaffoldTemplates

/// One file of a scaffolded repository: its path relative to the repository root.
public struct ScaffoldFile: Sendable, Equatable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// `bbctl init`: turns the scaffold templates (the repository's `templates/`, embedded at
/// build time) into the files of a new customer repository.
///
/// Template rules, so the templates stay ordinary editable files:
/// - every file is a Go text/template with Sprig, executed with the data of `templateData`;
/// - a path under `ENV/` is rendered once per environment into that environment's directory,
///   with `.Env` set to it;
/// - a file whose name starts with `_` only holds `define`s shared by the others;
/// - a file that renders to nothing but whitespace is not written (variant-only files wrap
///   themselves in `{{ if eq .Source "helm" }}`).
public struct Scaffolder {
    /// The template directory standing for each environment's directory.
    public static let environmentDirectory = "ENV"

    public let options: ScaffoldOptions
    public let templates: [String: String]

    public init(options: ScaffoldOptions, templates: [String: String] = ScaffoldTemplates.files) {
        self.options = options
        self.templates = templates
    }

    /// The files of the new repository, sorted by path. Touches no file system.
    public func files() throws -> [ScaffoldFile] {
        try options.validate()
        let set = TemplateSet(name: "scaffold", functions: .standard, options: TemplateOptions(missingKey: .error))
        let names = templates.keys.sorted()
        for name in names { try set.parse(templates[name] ?? "", name: name) }

        var files: [ScaffoldFile] = []
        let envPrefix = Self.environmentDirectory + "/"
        for name in names where !Self.basename(name).hasPrefix("_") {
            if name.hasPrefix(envPrefix) {
                let rest = String(name.dropFirst(envPrefix.count))
                for env in options.environments {
                    let text = try set.executeToString(name, data: templateData(environment: env))
                    files.append(ScaffoldFile(path: env + "/" + rest, contents: text))
                }
            } else {
                files.append(ScaffoldFile(path: name, contents: try set.executeToString(name, data: templateData(environment: nil))))
            }
        }
        return files
            .filter { !$0.contents.allSatisfy(\.isWhitespace) }
            .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// What the templates see:
    /// `.Source` ("git"|"helm"), `.BigBangVersion`, `.BigBangMajor`, `.RepoURL`,
    /// `.RepoURLIsDefault`, `.Domain`, `.Environments` (each `.Name`, `.Path`, `.Domain`,
    /// `.Production`), `.AgeRecipients`, `.PGPFingerprints`, `.DecryptionSecret` (the Flux
    /// SOPS key Secret: `sops-age` or `sops-gpg`), and in `ENV/` templates `.Env`.
    func templateData(environment: String?) -> TemplateValue {
        let repoURL = options.effectiveRepoURL
        var data: [String: TemplateValue] = [
            "Source": .string(options.source.rawValue),
            "BigBangVersion": .string(options.bigBangVersion),
            "BigBangMajor": .string(String(options.bigBangVersion.prefix { $0 != "." })),
            "RepoURL": .string(repoURL),
            "RepoURLIsDefault": .bool(repoURL == ScaffoldOptions.defaultGitRepoURL || repoURL == ScaffoldOptions.defaultHelmRepoURL),
            "Domain": .string(options.domain ?? ScaffoldOptions.defaultDomain),
            "Environments": .list(options.environments.map(environmentData), .interfaces),
            "AgeRecipients": .stringList(options.ageRecipients),
            "PGPFingerprints": .stringList(options.pgpFingerprints),
            "DecryptionSecret": .string(options.ageRecipients.isEmpty && !options.pgpFingerprints.isEmpty ? "sops-gpg" : "sops-age"),
        ]
        if let environment { data["Env"] = environmentData(environment) }
        return .map(data)
    }

    private func environmentData(_ name: String) -> TemplateValue {
        .map([
            "Name": .string(name),
            "Path": .string(name),
            "Domain": .string(options.domain(of: name)),
            "Production": .bool(options.isProduction(name)),
        ])
    }

    private static func basename(_ path: String) -> Substring {
        path.split(separator: "/").last ?? Substring(path)
    }
}
