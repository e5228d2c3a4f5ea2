import Diagnostics
import FileSystem
import YAML

/// Loads charts from directories and `.tgz` archives, as Helm's `loader.Load` does:
/// `.helmignore` applies to the whole directory tree, `charts/` entries become subcharts
/// (directories or archives), everything that is not Chart.yaml, values.yaml,
/// values.schema.json or a template becomes a `.Files` entry.
public enum ChartLoader {
    /// Loads the chart at `path` (a directory or a `.tgz` archive).
    ///
    /// With `parsingTemplatesEarly`, a directory chart's own templates are parsed on a second
    /// thread as they are read, while the loader goes on with the other files and the values;
    /// the first `ChartRenderer.render` of the chart takes those trees (see `TemplatePreparser`).
    public static func load(at path: String, in fs: FileSystem, parsingTemplatesEarly: Bool = false) throws -> Chart {
        if fs.isDirectory(path) {
            return try loadDirectory(path, in: fs, parsingTemplatesEarly: parsingTemplatesEarly)
        }
        guard fs.exists(path) else {
            throw HelmError.load(message: "path \"\(path)\" not found", path: "")
        }
        let bytes = try fs.readFile(path)
        return try loadArchive(bytes, path: path)
    }

    /// Loads a gzip-compressed tar archive whose entries share one top directory.
    public static func loadArchive(_ bytes: [UInt8], path: String) throws -> Chart {
        let tar: [UInt8]
        do {
            tar = try Inflate.gunzip(bytes)
        } catch let e as InflateError {
            throw HelmError.load(message: e.message, path: path)
        }
        var files: [ChartFile] = []
        for entry in try TarReader.entries(tar, path: path) {
            // Drop the top directory ("mychart/templates/x.yaml" → "templates/x.yaml").
            guard let slash = entry.name.firstIndex(of: "/") else { continue }
            let name = String(entry.name[entry.name.index(after: slash)...])
            if name.isEmpty { continue }
            files.append(ChartFile(name: name, data: entry.data))
        }
        if files.isEmpty {
            throw HelmError.load(message: "no files in chart archive", path: path)
        }
        return try loadFiles(files, origin: path)
    }

    /// Walks a chart directory in lexical order, applying .helmignore and Helm's defaults.
    static func loadDirectory(_ root: String, in fs: FileSystem, parsingTemplatesEarly: Bool = false) throws -> Chart {
        var rules = HelmIgnore()
        let ignorePath = Path.join(root, ".helmignore")
        if fs.exists(ignorePath) {
            rules = try HelmIgnore(text: try fs.readText(ignorePath), path: ignorePath)
        }
        rules.addDefaults()
        var paths: [(name: String, full: String)] = []
        try walk(root, relative: "", rules: rules, fs: fs, into: &paths)
        let early = parsingTemplatesEarly ? try earlyParser(root, paths: paths, fs: fs) : nil
        // However loading ends, no more files come: the parse thread must not wait for them.
        defer { early?.parser.seal() }
        // Read one after another: spreading hundreds of small reads over the cores measured
        // slower (thread start-up outweighs the system calls).
        let files = try paths.map { path in
            let file = ChartFile(name: path.name, data: try fs.readFile(path.full))
            if let early, file.name.hasPrefix("templates/") {
                early.parser.offer(name: early.chartName + "/" + file.name, text: file.text)
            }
            return file
        }
        var chart = try loadFiles(files, origin: root)
        // Trees parsed under another name (Chart.yaml changed under us) are never taken.
        if let early, early.chartName == chart.name { chart.earlyParse = early.parser }
        return chart
    }

    /// A started template parser for the chart at `root`, when its Chart.yaml names it (the
    /// name is part of every template's name); nil leaves all parsing to the renderer.
    private static func earlyParser(_ root: String, paths: [(name: String, full: String)], fs: FileSystem) throws
        -> (parser: TemplatePreparser, chartName: String)? {
        guard let chartYAML = paths.first(where: { $0.name == "Chart.yaml" }),
              let bytes = try? fs.readFile(chartYAML.full),
              let metadata = try? ChartMetadataDecoder.decode(ChartFile(name: "Chart.yaml", data: bytes), origin: root),
              !metadata.name.isEmpty
        else { return nil }
        let parser = TemplatePreparser(set: TemplateEngine.makeTemplateSet())
        parser.startThread()
        return (parser, metadata.name)
    }

    private static func walk(_ dir: String, relative: String, rules: HelmIgnore, fs: FileSystem,
                             into paths: inout [(name: String, full: String)]) throws {
        for entry in try fs.listDirectoryEntries(dir) {
            let full = Path.join(dir, entry.name)
            let rel = relative.isEmpty ? entry.name : relative + "/" + entry.name
            if rules.ignores(rel, isDirectory: entry.isDirectory) { continue }
            if entry.isDirectory {
                try walk(full, relative: rel, rules: rules, fs: fs, into: &paths)
            } else {
                paths.append((rel, full))
            }
        }
    }

    /// Builds a chart from its files (names relative to the chart root), loading subcharts.
    public static func loadFiles(_ files: [ChartFile], origin: String) throws -> Chart {
        var metadata: ChartMetadata?
        var values: [String: Value] = [:]
        var schema: [UInt8]?
        var templates: [ChartFile] = []
        var other: [ChartFile] = []
        var requirements: ChartFile?
        var subchartFiles: [String: [ChartFile]] = [:]
        var subchartOrder: [String] = []

        for file in files {
            switch file.name {
            case "Chart.yaml":
                metadata = try ChartMetadataDecoder.decode(file, origin: origin)
            case "Chart.lock", "requirements.lock":
                continue
            case "values.yaml":
                values = try decodeDefaultValues(file, origin: origin)
            case "values.schema.json":
                schema = file.data
            case "requirements.yaml":
                requirements = file
            default:
                if file.name.hasPrefix("templates/") {
                    templates.append(file)
                } else if file.name.hasPrefix("charts/") && !file.name.hasSuffix(".prov") {
                    let rest = String(file.name.dropFirst("charts/".count))
                    let parts = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
                    let key = String(parts[0])
                    if subchartFiles[key] == nil { subchartOrder.append(key) }
                    subchartFiles[key, default: []].append(
                        ChartFile(name: parts.count > 1 ? String(parts[1]) : "", data: file.data))
                } else {
                    other.append(file)
                }
            }
        }
        guard var meta = metadata else {
            throw HelmError.load(message: "Chart.yaml file is missing", path: origin)
        }
        if meta.apiVersion.isEmpty { meta.apiVersion = "v1" }
        if let req = requirements, meta.apiVersion == "v1" {
            meta.dependencies = try ChartMetadataDecoder.decodeRequirements(req, origin: origin)
        }
        try ChartMetadataDecoder.validate(meta, origin: origin)

        var chart = Chart(metadata: meta, values: values, schema: schema, templates: templates, files: other)
        for key in subchartOrder.sorted() where !key.hasPrefix("_") && !key.hasPrefix(".") {
            let subFiles = subchartFiles[key] ?? []
            let subOrigin = Path.join(origin, "charts/" + key)
            if key.hasSuffix(".tgz") || key.hasSuffix(".tar.gz") {
                guard let archive = subFiles.first(where: { $0.name.isEmpty }) else { continue }
                do {
                    chart.dependencies.append(try loadArchive(archive.data, path: subOrigin))
                } catch let e as HelmError {
                    throw HelmError.load(message: "error unpacking subchart \(key) in \(meta.name): \(e.helmMessage)",
                                         path: subOrigin)
                }
            } else {
                let inside = subFiles.filter { !$0.name.isEmpty }
                if inside.isEmpty { continue }
                do {
                    chart.dependencies.append(try loadFiles(inside, origin: subOrigin))
                } catch let e as HelmError {
                    throw HelmError.load(message: "error unpacking subchart \(key) in \(meta.name): \(e.helmMessage)",
                                         path: subOrigin)
                }
            }
        }
        return chart
    }

    private static func decodeDefaultValues(_ file: ChartFile, origin: String) throws -> [String: Value] {
        let source = SourceFile(path: Path.join(origin, file.name), bytes: file.data)
        do {
            let v = try HelmYAML.decodeValues(source)
            return v.mapValue ?? [:]
        } catch let e as HelmError {
            throw HelmError.invalidValues(message: "cannot load values.yaml: \(e.helmMessage)",
                                          location: e.diagnostic.location)
        }
    }
}
