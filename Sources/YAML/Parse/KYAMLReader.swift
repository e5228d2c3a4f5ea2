import Diagnostics

/// Reads a resource file the way kustomize does (`kio.FromBytes`, kyaml `ByteReader` with
/// `AnchorsAweigh`), which is not quite a YAML stream parse:
///
/// - `\r\n` becomes `\n` first;
/// - the text is split at every `\n---…\n` line (a match consumes its newlines, so of two
///   separators in a row only the first splits); anything but a comment after `---` is an
///   error (`invalid document separator: --- x`);
/// - each piece is decoded on its own and only its first document counts (so error lines in
///   yaml.v3's wording, `YAMLError.goMessage`, count from the piece's start); pieces that are
///   empty, comment-only or `null` are dropped;
/// - a single piece of kind `List` or `ResourceList` with `items` is unwrapped into its items;
/// - every resource is de-anchored (`Node.deAnchored`).
///
/// Returns the resources' root nodes (not `.document` wrappers).
public enum KYAMLReader {
    public static func read(_ file: SourceFile, limits: YAMLLimits = .default) throws -> [Node] {
        guard file.bytes.count <= limits.maxInputBytes else {
            throw YAMLError.inputTooLarge(bytes: file.bytes.count, limit: limits.maxInputBytes,
                                          at: SourceLocation(path: file.path, line: 1, column: 1, file: file))
        }
        let source = normalizingLineEnds(file)
        let pieces = try split(source)
        var roots: [Node] = []
        for (index, piece) in pieces.enumerated() {
            let docs = try YAMLParser.parse(source, range: piece.range, line: piece.line, firstDocumentOnly: true,
                                            limits: limits)
            guard let doc = docs.first, let root = doc.children.first else { continue }
            if root.kind == .scalar && root.tag == "!!null" { continue }
            if pieces.count == 1, index == 0, root.kind == .mapping,
               let kind = root.string(at: "kind"), kind == "List" || kind == "ResourceList",
               root["items"] != nil || root["functionConfig"] != nil {
                for item in root["items"]?.resolved.children ?? [] {
                    roots.append(try item.deAnchored(file: source, limits: limits))
                }
                continue
            }
            roots.append(try root.deAnchored(file: source, limits: limits))
        }
        return roots
    }

    struct Piece {
        var range: Range<Int>
        /// 1-based line on which the piece starts.
        var line: Int
    }

    /// kyaml `splitDocuments`: regexp `\n---.*\n`, leftmost and non-overlapping.
    static func split(_ file: SourceFile) throws -> [Piece] {
        let b = file.bytes
        guard !b.isEmpty else { return [] }
        var pieces: [Piece] = []
        var pieceStart = 0, pieceLine = 1
        var line = 1  // line number of position i
        var i = 0
        while i < b.count {
            guard b[i] == UInt8(ascii: "\n") else { i += 1; continue }
            // A separator starts at this newline if the next line begins with "---" and ends
            // with a newline of its own.
            let lineStart = i + 1
            if lineStart + 3 <= b.count, b[lineStart] == UInt8(ascii: "-"), b[lineStart + 1] == UInt8(ascii: "-"),
               b[lineStart + 2] == UInt8(ascii: "-"), let lineEnd = b[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
                let rest = String(decoding: b[(lineStart + 3)..<lineEnd], as: UTF8.self)
                let trimmed = rest.trimmingCharacters(in: " \t\r\u{0B}\u{0C}")
                if let first = trimmed.first, first != "#" {
                    let marker = String(decoding: b[lineStart..<lineEnd], as: UTF8.self).trimmingCharacters(in: " \t\r\u{0B}\u{0C}")
                    throw YAMLError.invalidDocumentSeparator(
                        marker, at: SourceLocation(path: file.path, line: line + 1, column: 1, file: file))
                }
                // The piece keeps the newline before the separator (kyaml re-appends it).
                pieces.append(Piece(range: pieceStart..<(i + 1), line: pieceLine))
                pieceStart = lineEnd + 1
                pieceLine = line + 2
                line += 2
                i = lineEnd + 1
                continue
            }
            line += 1
            i += 1
        }
        pieces.append(Piece(range: pieceStart..<b.count, line: pieceLine))
        return pieces
    }

    /// kyaml replaces every `\r\n` with `\n` before splitting.
    static func normalizingLineEnds(_ file: SourceFile) -> SourceFile {
        let b = file.bytes
        guard b.contains(UInt8(ascii: "\r")) else { return file }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "\r"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "\n") { i += 1; continue }
            out.append(b[i])
            i += 1
        }
        return SourceFile(path: file.path, bytes: out)
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        let drop = Set(set.unicodeScalars)
        var scalars = Substring(self).unicodeScalars
        while let f = scalars.first, drop.contains(f) { scalars.removeFirst() }
        while let l = scalars.last, drop.contains(l) { scalars.removeLast() }
        return String(scalars)
    }
}
