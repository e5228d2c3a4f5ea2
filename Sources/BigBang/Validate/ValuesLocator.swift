import Diagnostics
import Flux
import YAML

/// Turns a composed value's origin (`ConfigMap/bigbang/common-values-h7k2 values.yaml:12`)
/// into the repository file and line that set it: the ConfigMap or HelmRelease manifest when
/// it is a file of the repository, else the source file a generator read the text from.
struct ValuesLocator {
    private let documents: [ValidationSubject.Document]
    private let filesByText: [String: SourceFile]

    init(_ subject: ValidationSubject) {
        documents = subject.documents
        var byText: [String: SourceFile] = [:]
        for file in subject.sourceFiles where byText[file.text] == nil { byText[file.text] = file }
        filesByText = byText
    }

    /// The origin of `path` in `values`, as a location when one can be found.
    func location(of origin: ValueOrigin) -> SourceLocation? {
        guard let doc = document(named: origin.source) else { return nil }
        let root = doc.node.resolved
        switch origin.via {
        case .specValues:
            guard let file = doc.file, let line = origin.line else { return nil }
            return Self.location(in: file, line: line)
        case .valuesFrom, .targetPath:
            let dataNode = root["data"]?[origin.key] ?? root["stringData"]?[origin.key]
            if let node = dataNode, let file = doc.file, node.mark.line > 0 {
                let block = !node.style.isDisjoint(with: [.literal, .folded])
                if block, let line = origin.line { return Self.location(in: file, line: node.mark.line + line) }
                return SourceLocation(path: file.path, line: node.mark.line, column: node.mark.column, file: file)
            }
            // A generator's `files:` entry: the data is the file's whole text.
            if let text = dataNode?.resolved.value, let file = filesByText[text] {
                return Self.location(in: file, line: origin.line ?? 1)
            }
            return nil
        }
    }

    /// `Kind/namespace/name` or `Kind/name` as ValueOrigin spells sources.
    private func document(named source: String) -> ValidationSubject.Document? {
        let parts = source.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, let kind = parts.first, let name = parts.last else { return nil }
        let namespace = parts.count >= 3 ? parts[1] : nil
        return documents.first { doc in
            guard let id = doc.id, id.kind == kind, id.name == name else { return false }
            return namespace == nil || namespace == "" || id.namespace == nil || id.namespace == namespace
        }
    }

    /// `line` of `file`, at its first non-blank column.
    static func location(in file: SourceFile, line: Int) -> SourceLocation? {
        guard line >= 1, line <= file.lineCount else { return nil }
        let text = file.lineText(line)
        let indent = text.prefix { $0 == " " || $0 == "\t" }.count
        return SourceLocation(path: file.path, line: line, column: indent + 1, file: file)
    }
}

/// Values paths in the notation `ComposedValues.origins` keys use (`a.b[0].c`, dots in keys
/// escaped), so a finding about a value can look up where it was set.
enum ValuesPath {
    static func join(_ prefix: String, key: String) -> String {
        let escaped = key.contains(".") ? key.split(separator: ".", omittingEmptySubsequences: false).joined(separator: "\\.") : key
        return prefix.isEmpty ? escaped : prefix + "." + escaped
    }

    static func join(_ prefix: String, index: Int) -> String { prefix + "[\(index)]" }

    /// JSON-schema instance location components → a values path (array indices are digits).
    static func path(_ components: [String], in values: Value) -> String {
        var out = ""
        var current: Value? = values
        for c in components {
            if case .list(let items)? = current, let i = Int(c) {
                out = join(out, index: i)
                current = items.indices.contains(i) ? items[i] : nil
            } else {
                out = join(out, key: c)
                current = current?[c]
            }
        }
        return out
    }

    /// The origin of `path` or, for a map or list, of the first leaf under it.
    static func origin(of path: String, in values: ComposedValues) -> ValueOrigin? {
        if let o = values.origins[path] { return o }
        let prefixes = [path + ".", path + "["]
        return values.origins.keys.sorted().first { k in prefixes.contains { k.hasPrefix($0) } }.flatMap { values.origins[$0] }
    }
}
