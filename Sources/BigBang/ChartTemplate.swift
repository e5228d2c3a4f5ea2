import FileSystem
import Helm
import YAML

/// `bbctl template`: one chart rendered exactly as `helm template` renders it.
public struct ChartTemplate {
    public var values: ValuesOptions
    public var render: RenderOptions
    /// `--output-dir`: write each template's documents under this directory instead.
    public var outputDirectory: String?
    /// `--release-name`: put them under `DIR/RELEASE` (CRDs stay under DIR, as in Helm).
    public var useReleaseName = false
    public let fileSystem: FileSystem

    public init(values: ValuesOptions, render: RenderOptions, fileSystem: FileSystem = DiskFileSystem()) {
        self.values = values
        self.render = render
        self.fileSystem = fileSystem
    }

    public func run(chart chartPath: String) throws -> CommandOutput {
        let cwd = currentDirectory()
        let chart = try ChartLoader.load(at: Path.join(cwd, chartPath), in: fileSystem, parsingTemplatesEarly: true)
        let userValues = try values.merged(in: fileSystem, directory: cwd)
        let result = try ChartRenderer().render(chart: chart, values: .map(userValues), options: render)
        guard let outputDirectory else { return CommandOutput(text: try result.output()) }
        let wrote = try write(result, under: outputDirectory, cwd: cwd)
        // `--show-only` cannot match anything in this mode: Helm writes the files, then fails
        // (before the empty line that otherwise ends its output).
        if let pattern = render.showOnly.first {
            return CommandOutput(text: wrote, failure: HelmError.showOnlyNotFound(pattern))
        }
        return CommandOutput(text: wrote + "\n")
    }

    /// Helm's `--output-dir`: the files its writes leave (each written atomically, complete),
    /// and the `wrote PATH` line it prints for each document.
    private func write(_ result: RenderResult, under directory: String, cwd: String) throws -> String {
        let writes = result.outputWrites(directory: directory, useReleaseName: useReleaseName) { path in
            fileSystem.exists(Path.join(cwd, path))
        }
        var contents: [String: [UInt8]] = [:]
        var order: [String] = []
        for w in writes {
            if contents[w.path] == nil {
                order.append(w.path)
                let full = Path.join(cwd, w.path)
                contents[w.path] = w.appends && fileSystem.exists(full) ? try fileSystem.readFile(full) : []
            }
            if !w.appends { contents[w.path] = [] }
            contents[w.path, default: []] += Array(w.text.utf8)
        }
        for path in order {
            let full = Path.join(cwd, path)
            try fileSystem.createDirectory(Path.dirname(full))
            try fileSystem.writeFileAtomically(full, contents[path] ?? [])
        }
        return writes.map { "wrote \($0.path)\n" }.joined()
    }
}
