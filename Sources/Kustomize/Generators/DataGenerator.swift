import Diagnostics
import FileSystem
import YAML

/// `configMapGenerator` and `secretGenerator` (kustomize `api/internal/generators` with
/// `api/kv`): key/value pairs from env files, then literals, then files, into a new
/// ConfigMap or Secret that will get a content-hash name suffix unless disabled.
struct DataGenerator {
    let loader: FileLoader
    let globalOptions: Kustomization.GeneratorOptions?

    func generate(_ args: Kustomization.GeneratorArgs, secret: Bool) throws -> Resource {
        let kind = secret ? "Secret" : "ConfigMap"
        if args.name.isEmpty {
            throw located(KustomizeError.message("a configmap must have a name"), args)
        }
        let options = mergedOptions(args.options)
        var node = Node.mapping([("apiVersion", .string("v1")), ("kind", .string(kind))])
        var meta = Node.mapping([("name", .string(args.name))])
        if !args.namespace.isEmpty { meta.set("namespace", .string(args.namespace)) }
        node.set("metadata", meta)
        if secret { node.set("type", .string(args.type.isEmpty ? "Opaque" : args.type)) }

        let pairs: [(String, [UInt8])]
        do {
            pairs = try loadPairs(args)
        } catch {
            throw located(KustomizeError.wrap(error, "loading KV pairs"), args)
        }
        var seen: [String: Int] = [:]
        for (i, p) in pairs.enumerated() {
            if seen[p.0] != nil {
                throw located(KustomizeError.message("configmap \(args.name) illegally repeats the key `\(p.0)`"), args)
            }
            seen[p.0] = i
        }
        let sorted = pairs.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        if secret {
            var data = Node(kind: .mapping, tag: "!!map")
            for (k, v) in sorted { data.set(k, valueNode(Base64.encodeWrapped(v))) }
            node.set("data", data)
        } else {
            for (k, v) in sorted {
                if let text = String(validating: v, as: UTF8.self) {
                    node.modifyOrCreateMap("data") { $0.set(k, valueNode(text)) }
                } else {
                    node.modifyOrCreateMap("binaryData") { $0.set(k, valueNode(Base64.encodeWrapped(v))) }
                }
            }
        }
        if let options {
            for (k, v) in options.labels.sorted(by: { $0.key < $1.key }) {
                node.modifyOrCreateMap("metadata") { $0.modifyOrCreateMap("labels") { $0.set(k, .string(v)) } }
            }
            for (k, v) in options.annotations.sorted(by: { $0.key < $1.key }) {
                node.modifyOrCreateMap("metadata") { $0.modifyOrCreateMap("annotations") { $0.set(k, .string(v)) } }
            }
            if options.immutable == true { node.set("immutable", .scalar("true", tag: "!!bool")) }
        }
        let r = Resource(node: node, location: args.location)
        r.needsHashSuffix = !(options?.disableNameSuffixHash ?? false)
        r.behavior = GeneratorBehavior(rawValue: args.behavior) ?? .create
        return r
    }

    private func valueNode(_ s: String) -> Node {
        var n = Node.string(s)
        if s.contains("\n") { n.style = .literal }
        return n
    }

    private func located(_ e: KustomizeError, _ args: Kustomization.GeneratorArgs) -> KustomizeError {
        if case .message(let m) = e, let loc = args.location { return .located(m, loc) }
        if let loc = args.location, e.diagnostic.location == nil { return .located(e.diagnostic.message, loc) }
        return e
    }

    /// kustomize `MergeGlobalOptionsIntoLocal`: local labels/annotations win; the flags OR.
    private func mergedOptions(_ local: Kustomization.GeneratorOptions?) -> Kustomization.GeneratorOptions? {
        guard let global = globalOptions else { return local }
        var o = local ?? Kustomization.GeneratorOptions()
        for (k, v) in global.labels where !o.labels.contains(where: { $0.key == k }) { o.labels.append((k, v)) }
        for (k, v) in global.annotations where !o.annotations.contains(where: { $0.key == k }) { o.annotations.append((k, v)) }
        if global.disableNameSuffixHash == true { o.disableNameSuffixHash = true }
        if global.immutable == true { o.immutable = true }
        return o
    }

    /// kustomize `kv.loader.Load`: env files, literals, then files.
    private func loadPairs(_ args: Kustomization.GeneratorArgs) throws -> [(String, [UInt8])] {
        var out: [(String, [UInt8])] = []
        for path in args.envs {
            let file = try loader.load(path)
            out += try envPairs(file.bytes)
        }
        for lit in args.literals {
            guard let eq = lit.firstIndex(of: "="), eq != lit.startIndex else {
                throw KustomizeError.message("invalid literal source \(lit), expected key=value")
            }
            let key = String(lit[..<eq])
            out.append((key, Array(removeQuotes(String(lit[lit.index(after: eq)...])).utf8)))
        }
        for source in args.files {
            let (key, path) = try parseFileSource(source)
            let file = try loader.load(path)
            out.append((key, file.bytes))
        }
        return out
    }

    private func removeQuotes(_ s: String) -> String {
        let b = Array(s.utf8)
        guard b.count >= 2, b[0] == b[b.count - 1], b[0] == UInt8(ascii: "\"") || b[0] == UInt8(ascii: "'") else { return s }
        return String(decoding: b[1..<(b.count - 1)], as: UTF8.self)
    }

    /// kustomize `ParseFileSource`: `path` or `key=path`.
    private func parseFileSource(_ source: String) throws -> (String, String) {
        let n = source.filter { $0 == "=" }.count
        if n == 0 { return (Path.basename(source), source) }
        if n == 1 && source.hasPrefix("=") {
            throw KustomizeError.message("missing key name for file path \"\(source.dropFirst())\" in source \"\(source)\"")
        }
        if n == 1 && source.hasSuffix("=") {
            throw KustomizeError.message("missing file path for key name \"\(source.dropLast())\" in source \"\(source)\"")
        }
        if n > 1 { throw KustomizeError.message("source \"\(source)\" key name or file path contains '='") }
        let parts = source.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
        return (parts[0], parts[1])
    }

    /// kustomize `keyValuesFromLines`: `KEY=value` lines; blanks and `#` comments skipped.
    private func envPairs(_ bytes: [UInt8]) throws -> [(String, [UInt8])] {
        var out: [(String, [UInt8])] = []
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if bytes.last == UInt8(ascii: "\n") { lines.removeLast() }
        for (i, raw) in lines.enumerated() {
            var line = Array(raw)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            if String(validating: line, as: UTF8.self) == nil {
                throw KustomizeError.message("line \(i) has invalid utf8 bytes")
            }
            if i == 0, line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
            var text = String(decoding: line, as: UTF8.self)[...]
            while let f = text.unicodeScalars.first, f.properties.isWhitespace { text = text.dropFirst() }
            if text.isEmpty || text.hasPrefix("#") { continue }
            if let eq = text.firstIndex(of: "=") {
                let key = String(text[..<eq])
                if key.isEmpty { continue }
                out.append((key, Array(text[text.index(after: eq)...].utf8)))
            } else {
                out.append((String(text), []))
            }
        }
        return out
    }
}
