import Diagnostics

extension SigsYAMLDecoder {
    /// Helm's `loader.LoadValues`: the file is split into documents on `---` lines (Kubernetes'
    /// `YAMLReader`), each document is decoded into a map, and the maps are merged in order
    /// (nested maps merge, anything else is replaced). Errors carry Helm's wording
    /// (`cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 3: …`, the
    /// line counted within the document) and a location in the whole file.
    public static func decodeValues(_ file: SourceFile) throws -> [String: Value] {
        var values: [String: Value] = [:]
        for document in try documents(file) {
            do {
                let decoded = try decode(Array(file.bytes[document]), of: file, at: document.lowerBound, into: .map)
                if case .map(let m) = decoded { values = mergeMaps(values, m) }
            } catch let error as GoCodecError {
                if case .yaml(let go, let problem, let location) = error {
                    throw GoCodecError.yaml(goMessage: "cannot unmarshal yaml document: " + go, problem: problem, location: location)
                }
                throw error
            }
        }
        return values
    }

    /// Every document of a multi-document text, decoded as `.any` (for `fromYamlArray`-like
    /// callers that want all documents; empty documents give `.null`).
    public static func decodeAll(_ file: SourceFile) throws -> [Value] {
        try documents(file).map { try decode(Array(file.bytes[$0]), of: file, at: $0.lowerBound, into: .any) }
    }

    /// Byte ranges of the documents as Kubernetes' `YAMLReader` cuts them: a line starting with
    /// `---` ends a document when it is followed only by blanks or a comment.
    static func documents(_ file: SourceFile) throws -> [Range<Int>] {
        try file.bytes.withUnsafeBufferPointer { try documents(in: $0, file: file) }
    }

    private static func documents(in b: UnsafeBufferPointer<UInt8>, file: SourceFile) throws -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var lineStart = 0
        while lineStart < b.count {
            let lineEnd = b[lineStart...].firstIndex(of: 0x0A) ?? b.count
            let next = min(lineEnd + 1, b.count)
            if lineEnd - lineStart >= 3 && b[lineStart] == 0x2D && b[lineStart + 1] == 0x2D && b[lineStart + 2] == 0x2D {
                let rest = String(decoding: b[(lineStart + 3)..<lineEnd], as: UTF8.self)
                let trimmed = rest.drop { $0.isWhitespace }
                if let first = trimmed.first, first != "#" {
                    let text = String(trimmed.reversed().drop { $0.isWhitespace }.reversed())
                    let go = "error reading yaml document: invalid Yaml document separator: \(text)"
                    throw GoCodecError.yaml(goMessage: go, problem: "invalid document separator",
                                            location: SourceLocation(file: file, offset: lineStart))
                }
                if lineStart > start { result.append(start..<lineStart) }
                start = next
            }
            lineStart = next
        }
        if b.count > start { result.append(start..<b.count) }
        return result
    }

    /// Helm's `MergeMaps`: values of `b` win; where both sides hold maps they merge recursively.
    public static func mergeMaps(_ a: [String: Value], _ b: [String: Value]) -> [String: Value] {
        var out = a
        for (k, v) in b {
            if case .map(let bm) = v, case .map(let am)? = out[k] {
                out[k] = .map(mergeMaps(am, bm))
            } else {
                out[k] = v
            }
        }
        return out
    }
}
