import Diagnostics
import FileSystem
import YAML

/// Reads Chart.yaml (and v1 requirements.yaml) into `ChartMetadata` and checks it as Helm's
/// `Metadata.Validate` does. Works on the YAML node tree so that string fields keep their
/// source text (`appVersion: 1.10` stays "1.10", as sigs.k8s.io/yaml's typed decoding does).
enum ChartMetadataDecoder {
    static func decode(_ file: ChartFile, origin: String) throws -> ChartMetadata {
        let source = SourceFile(path: Path.join(origin, file.name), bytes: file.data)
        let root: Node?
        do {
            root = try HelmYAML.parseSingleDocument(source)
        } catch let e as HelmError {
            throw HelmError.load(message: "cannot load Chart.yaml: \(e.helmMessage)", path: source.path)
        }
        var meta = ChartMetadata()
        guard let map = root, map.kind == .mapping else { return meta }
        for (key, value) in pairs(map) {
            switch key {
            case "apiVersion": meta.apiVersion = scalar(value)
            case "name": meta.name = scalar(value)
            case "version": meta.version = scalar(value)
            case "kubeVersion": meta.kubeVersion = scalar(value)
            case "description": meta.description = scalar(value)
            case "type": meta.type = scalar(value)
            case "keywords": meta.keywords = strings(value)
            case "home": meta.home = scalar(value)
            case "sources": meta.sources = strings(value)
            case "icon": meta.icon = scalar(value)
            case "appVersion": meta.appVersion = scalar(value)
            case "deprecated": meta.deprecated = scalar(value) == "true"
            case "condition": meta.condition = scalar(value)
            case "tags": meta.tags = scalar(value)
            case "annotations":
                if value.kind == .mapping {
                    var a: [String: String] = [:]
                    for (k, v) in pairs(value) { a[k] = scalar(v) }
                    meta.annotations = a
                }
            case "maintainers":
                meta.maintainers = items(value).map { m in
                    var out = ChartMaintainer()
                    for (k, v) in pairs(m) {
                        switch k {
                        case "name": out.name = scalar(v)
                        case "email": out.email = scalar(v)
                        case "url": out.url = scalar(v)
                        default: break
                        }
                    }
                    return out
                }
            case "dependencies":
                meta.dependencies = dependencies(value)
                meta.hasDependencyList = value.kind == .sequence
            default: break
            }
        }
        return meta
    }

    static func decodeRequirements(_ file: ChartFile, origin: String) throws -> [ChartDependency] {
        let source = SourceFile(path: Path.join(origin, file.name), bytes: file.data)
        guard let root = try HelmYAML.parseSingleDocument(source), root.kind == .mapping else { return [] }
        for (key, value) in pairs(root) where key == "dependencies" { return dependencies(value) }
        return []
    }

    private static func dependencies(_ node: Node) -> [ChartDependency] {
        items(node).map { d in
            var dep = ChartDependency()
            for (k, v) in pairs(d) {
                switch k {
                case "name": dep.name = scalar(v)
                case "version": dep.version = scalar(v)
                case "repository": dep.repository = scalar(v)
                case "condition": dep.condition = scalar(v)
                case "tags": dep.tags = strings(v)
                case "enabled": dep.enabled = scalar(v) == "true"
                case "alias": dep.alias = scalar(v)
                case "import-values": dep.importValues = items(v).map(HelmYAML.plainValue)
                default: break
                }
            }
            return dep
        }
    }

    /// Matches Helm's `Metadata.Validate` (messages included).
    static func validate(_ meta: ChartMetadata, origin: String) throws {
        func fail(_ m: String) -> HelmError { .load(message: "validation: " + m, path: Path.join(origin, "Chart.yaml")) }
        if meta.apiVersion.isEmpty { throw fail("chart.metadata.apiVersion is required") }
        if meta.name.isEmpty { throw fail("chart.metadata.name is required") }
        if meta.name.contains("/") || meta.name == "." || meta.name == ".." {
            throw fail("chart.metadata.name \"\(meta.name)\" is invalid")
        }
        if meta.version.isEmpty { throw fail("chart.metadata.version is required") }
        if SemanticVersion(strict: meta.version) == nil {
            throw fail("chart.metadata.version \"\(meta.version)\" is invalid")
        }
        if !["", "application", "library"].contains(meta.type) {
            throw fail("chart.metadata.type must be application or library")
        }
        var seen = Set<String>()
        for dep in meta.dependencies {
            if !dep.alias.isEmpty, !dep.alias.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
                throw fail("dependency \"\(dep.alias)\" has disallowed characters in the alias")
            }
            let key = dep.alias.isEmpty ? dep.name : dep.alias
            if !seen.insert(key).inserted {
                throw fail("more than one dependency with name or alias \"\(key)\"")
            }
        }
    }

    // MARK: node helpers

    static func pairs(_ node: Node) -> [(String, Node)] {
        guard node.kind == .mapping else { return [] }
        var out: [(String, Node)] = []
        var i = 0
        while i + 1 < node.children.count {
            out.append((node.children[i].value, resolve(node.children[i + 1])))
            i += 2
        }
        return out
    }

    static func items(_ node: Node) -> [Node] {
        node.kind == .sequence ? node.children.map(resolve) : []
    }

    static func scalar(_ node: Node) -> String {
        guard node.kind == .scalar, node.tag != "!!null" else { return "" }
        return node.value
    }

    static func strings(_ node: Node) -> [String] { items(node).map(scalar) }

    private static func resolve(_ node: Node) -> Node {
        if node.kind == .alias, let target = node.children.first { return target }
        return node
    }
}
