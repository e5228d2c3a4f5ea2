import Foundation
import Testing
@testable import BigBang
import ScaffoldTemplates
import Diagnostics
import YAML

/// The whole scaffold, pinned: Goldens/init-git and Goldens/init-helm hold every file
/// `bbctl init` writes for the two option sets of `ScaffoldFixture` (recorded by the
/// scaffold itself, then reviewed). `BBCTL_UPDATE_GOLDENS=1 swift test --filter
/// ScaffoldGoldenTests` rewrites them after a deliberate template change.
@Suite struct ScaffoldGoldenTests {
    static let goldens = CustomerRepoFixture.repoRoot + "/Tests/BigBangTests/Goldens/"

    @Test(arguments: ["git", "helm"])
    func scaffoldMatchesGolden(variant: String) throws {
        let options = variant == "git" ? ScaffoldFixture.gitOptions("/x") : ScaffoldFixture.helmOptions("/x")
        let files = try Scaffolder(options: options).files()
        let dir = Self.goldens + "init-\(variant)"
        if ProcessInfo.processInfo.environment["BBCTL_UPDATE_GOLDENS"] == "1" {
            try? FileManager.default.removeItem(atPath: dir)
            for file in files {
                let path = dir + "/" + file.path
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try file.contents.write(toFile: path, atomically: true, encoding: .utf8)
            }
        }
        let golden = try ScaffoldFixture.tree(dir)
        #expect(files.map(\.path) == golden.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        for file in files {
            #expect(file.contents == golden[file.path], "\(file.path) differs from Goldens/init-\(variant)")
        }
    }

    /// The binary carries exactly the files of templates/ (the build plugin's job).
    @Test func embeddedTemplatesEqualTheTemplatesDirectory() throws {
        let onDisk = try ScaffoldFixture.tree(CustomerRepoFixture.repoRoot + "/templates")
        #expect(ScaffoldTemplates.files.keys.sorted() == onDisk.keys.sorted())
        for (path, text) in onDisk { #expect(ScaffoldTemplates.files[path] == text, "templates/\(path) is not the embedded copy") }
        #expect(onDisk.keys.contains("ENV/kustomization.yaml"))
    }

    @Test func variantOnlyFilesAreLeftOutOfTheOtherVariant() throws {
        let git = try Scaffolder(options: ScaffoldFixture.gitOptions("/x")).files().map(\.path)
        let helm = try Scaffolder(options: ScaffoldFixture.helmOptions("/x")).files().map(\.path)
        #expect(!git.contains("base/helmrelease.yaml"))
        #expect(helm.contains("base/helmrelease.yaml") && helm.contains("base/helmrepository.yaml"))
        #expect(helm.contains("test/kustomization.yaml") && !helm.contains("staging/kustomization.yaml"))
    }

    @Test func domainsFollowTheEnvironment() throws {
        let files = try Scaffolder(options: ScaffoldFixture.helmOptions("/x")).files()
        func file(_ p: String) -> String { files.first { $0.path == p }?.contents ?? "" }
        #expect(file("dev/configmap.yaml").contains("domain: dev.apps.example.mil\n"))
        #expect(file("test/configmap.yaml").contains("domain: qa.example.mil\n"))
        #expect(file("prod/configmap.yaml").contains("domain: apps.example.mil\n"))
        #expect(file("base/helmrelease.yaml").contains("version: 3.29.1\n"))
    }

    struct BadOptions: Sendable, CustomTestStringConvertible {
        var options: ScaffoldOptions
        var message: String
        var testDescription: String { message }
    }

    @Test(arguments: [
        BadOptions(options: .init(directory: "/x", environments: []), message: "at least one environment"),
        BadOptions(options: .init(directory: "/x", environments: ["dev", "dev"]), message: "listed twice"),
        BadOptions(options: .init(directory: "/x", environments: ["Dev"]), message: "DNS label"),
        BadOptions(options: .init(directory: "/x", environments: ["base"]), message: "DNS label"),
        BadOptions(options: .init(directory: "/x", environmentDomains: ["qa": "qa.example.mil"]), message: "not one of the environments"),
        BadOptions(options: .init(directory: "/x", domain: "not a domain"), message: "not a domain name"),
        BadOptions(options: .init(directory: "/x", bigBangVersion: "v3"), message: "not a release version"),
        BadOptions(options: .init(directory: "/x", ageRecipients: ["ssh-rsa AAAA"]), message: "not an age recipient"),
        BadOptions(options: .init(directory: "/x", pgpFingerprints: ["ZZZ"]), message: "not a PGP key fingerprint"),
    ])
    func badOptionsAreRejectedBeforeAnythingIsWritten(row: BadOptions) {
        #expect {
            _ = try Scaffolder(options: row.options).files()
        } throws: { error in
            (error as? BigBangError)?.message.contains(row.message) == true
        }
    }
}

extension ScaffoldGoldenTests {
    /// A mirror of the Big Bang repository is used for the base and, through a patch of the
    /// base's GitRepository, for the chart Flux pulls.
    @Test func aGitMirrorServesTheBaseAndTheChart() throws {
        let mirror = "https://git.example.mil/mirrors/bigbang.git"
        let files = try Scaffolder(options: ScaffoldOptions(directory: "/x", repoURL: mirror)).files()
        let base = try #require(files.first { $0.path == "base/kustomization.yaml" }).contents
        #expect(base.contains("- \(mirror)//base?ref=\(ScaffoldOptions.defaultBigBangVersion)\n"))
        #expect(base.contains("      url: \(mirror)\n"))
        let defaulted = try Scaffolder(options: ScaffoldOptions(directory: "/x")).files()
        #expect(defaulted.first { $0.path == "base/kustomization.yaml" }?.contents.contains("url:") == false)
    }

    /// The per-environment version override is a comment inside the patch, at the indentation
    /// it needs once uncommented.
    @Test func theVersionOverrideUncommentsIntoAValidPatch() throws {
        let files = try Scaffolder(options: ScaffoldOptions(directory: "/x")).files()
        let text = try #require(files.first { $0.path == "dev/kustomization.yaml" }).contents
        let uncommented = text.replacingOccurrences(of: "      # ref:\n      #   $patch: replace\n      #   tag: \"X.Y.Z\"\n",
                                                    with: "      ref:\n        $patch: replace\n        tag: \"9.9.9\"\n")
        #expect(uncommented != text)
        let doc = try #require(try YAMLParser.parse(SourceFile(path: "k.yaml", text: uncommented)).first)
        let patches = try #require(doc.resolved["patches"]?.resolved.children)
        let inner = patches.compactMap { $0.resolved["patch"]?.value }.first { $0.contains("GitRepository") } ?? ""
        let patch = try #require(try YAMLParser.parse(SourceFile(path: "p.yaml", text: inner)).first)
        #expect(patch.resolved.lookup(["spec", "ref", "tag"])?.value == "9.9.9")
    }
}
