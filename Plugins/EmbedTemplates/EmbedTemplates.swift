import Foundation
import PackagePlugin

/// Compiles every file under the package's `templates/` into the target as a generated Swift
/// source (`ScaffoldTemplates.embedded`), so `bbctl init` needs no files at run time.
/// Each template is a declared input: editing, adding or removing one re-runs the tool.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appendingPathComponent("templates")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedTemplates.swift")
        let inputs = Self.files(under: templates)
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) scaffold templates",
                executable: try context.tool(named: "EmbedTemplatesTool").url,
                // The file count is an argument so that removing a template (which leaves
                // every remaining input unchanged) still changes the command and re-runs it.
                arguments: [templates.path, output.path, String(inputs.count)],
                inputFiles: inputs,
                outputFiles: [output]),
        ]
    }

    /// Regular files below `root`, sorted, hidden files included (`.sops.yaml` is a template).
    static func files(under root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var files: [URL] = []
        for case let url as URL in walker {
            let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
            if isFile && url.lastPathComponent != ".DS_Store" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }
}
