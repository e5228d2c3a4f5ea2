import BigBang
import FileSystem
import Helm
import Testing

/// `bbctl template --output-dir`: Helm's files and `wrote` lines (checked against Helm v4.1.4
/// by hand: documents of one template in one file, hooks appended, CRDs outside the release
/// directory, `--show-only` failing after the writes).
@Suite struct ChartTemplateOutputDirTests {
    static let chart: [String: String] = [
        "/c/Chart.yaml": "apiVersion: v2\nname: od\nversion: 0.1.0\n",
        "/c/crds/crd.yaml": "kind: CustomResourceDefinition\nmetadata:\n  name: x\n",
        "/c/templates/multi.yaml": "kind: ConfigMap\nmetadata:\n  name: a\n---\nkind: Service\nmetadata:\n  name: b\n",
        "/c/templates/hook.yaml": "kind: Job\nmetadata:\n  name: h\n  annotations:\n    \"helm.sh/hook\": pre-install\n",
        "/c/templates/mixed.yaml": "kind: Pod\nmetadata:\n  name: t\n  annotations:\n    \"helm.sh/hook\": test\n---\nkind: ConfigMap\nmetadata:\n  name: plain\n",
    ]

    static func run(_ fs: InMemoryFileSystem, releaseName: Bool = false, crds: Bool = false,
                    showOnly: [String] = []) throws -> CommandOutput {
        var command = ChartTemplate(values: ValuesOptions(),
                                    render: RenderOptions(releaseName: "rel", showOnly: showOnly, includeCRDs: crds),
                                    fileSystem: fs)
        command.outputDirectory = "/out"
        command.useReleaseName = releaseName
        return try command.run(chart: "/c")
    }

    @Test func writesOneFilePerTemplateAndPrintsEachWrite() throws {
        let fs = InMemoryFileSystem(files: Self.chart)
        let output = try Self.run(fs)
        #expect(output.text == """
            wrote /out/od/templates/mixed.yaml
            wrote /out/od/templates/multi.yaml
            wrote /out/od/templates/multi.yaml
            wrote /out/od/templates/mixed.yaml
            wrote /out/od/templates/hook.yaml


            """)
        #expect(try fs.readText("/out/od/templates/multi.yaml") == """
            ---
            # Source: od/templates/multi.yaml
            kind: ConfigMap
            metadata:
              name: a
            ---
            # Source: od/templates/multi.yaml
            kind: Service
            metadata:
              name: b

            """)
        // The test hook is appended to the file the ordinary document created.
        let mixed = try fs.readText("/out/od/templates/mixed.yaml")
        #expect(mixed.hasPrefix("---\n# Source: od/templates/mixed.yaml\nkind: ConfigMap"))
        #expect(mixed.hasSuffix("\"helm.sh/hook\": test\n"))
    }

    @Test func releaseNameDirectoryLeavesCRDsOutside() throws {
        let fs = InMemoryFileSystem(files: Self.chart)
        let output = try Self.run(fs, releaseName: true, crds: true)
        #expect(output.text.hasPrefix("wrote /out/od/crds/crd.yaml\nwrote /out/rel/od/templates/mixed.yaml\n"))
        #expect(fs.exists("/out/od/crds/crd.yaml"))
        #expect(fs.exists("/out/rel/od/templates/hook.yaml"))
    }

    @Test func hooksAppendToFilesAnEarlierRunLeft() throws {
        let fs = InMemoryFileSystem(files: Self.chart)
        _ = try Self.run(fs)
        _ = try Self.run(fs)
        let hook = try fs.readText("/out/od/templates/hook.yaml")
        #expect(hook.components(separatedBy: "# Source:").count - 1 == 2)
        let multi = try fs.readText("/out/od/templates/multi.yaml")
        #expect(multi.components(separatedBy: "# Source:").count - 1 == 2)
    }

    @Test func showOnlyFailsAfterTheWrites() throws {
        let fs = InMemoryFileSystem(files: Self.chart)
        let output = try Self.run(fs, showOnly: ["templates/multi.yaml"])
        #expect(output.text.hasSuffix("wrote /out/od/templates/hook.yaml\n"))
        #expect((output.failure as? HelmError)?.helmMessage == "could not find template templates/multi.yaml in chart")
        #expect(fs.exists("/out/od/templates/multi.yaml"))
    }
}
