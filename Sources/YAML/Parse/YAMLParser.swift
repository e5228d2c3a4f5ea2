internal import CYAML
import Diagnostics

/// Reads YAML text into `Node` trees the way go-yaml v3 does (and so kyaml and kustomize):
/// libyaml's events become nodes with marks, styles, yaml.v3's resolved tags, anchors and
/// expanded aliases; comments are recovered from the source (libyaml does not report them).
///
/// Each document of the stream becomes one `.document` node whose single child is the root.
/// An empty document (`---` alone) has a `!!null` scalar with value "" as its root, as yaml.v3
/// gives; a stream with no documents at all (empty text, only comments) yields `[]`.
public enum YAMLParser {
    public static func parse(_ file: SourceFile, limits: YAMLLimits = .default) throws -> [Node] {
        guard file.bytes.count <= limits.maxInputBytes else {
            throw YAMLError.inputTooLarge(bytes: file.bytes.count, limit: limits.maxInputBytes,
                                          at: SourceLocation(path: file.path, line: 1, column: 1, file: file))
        }
        return try file.bytes.withUnsafeBufferPointer { bytes in
            var builder = TreeBuilder(file: file, bytes: bytes, limits: limits)
            return try builder.run()
        }
    }

    /// Parses `file.bytes[range]` (which starts at a line start, `line` being its 1-based
    /// number) with marks and locations in whole-file terms, as kyaml decodes one piece of a
    /// split stream. Only the first document when `firstDocumentOnly` (yaml.v3 `Decode` once).
    static func parse(_ file: SourceFile, range: Range<Int>, line: Int, firstDocumentOnly: Bool,
                      limits: YAMLLimits) throws -> [Node] {
        try file.bytes.withUnsafeBufferPointer { all in
            let bytes = UnsafeBufferPointer(rebasing: all[range])
            var builder = TreeBuilder(file: file, bytes: bytes, limits: limits)
            builder.baseOffset = range.lowerBound
            builder.baseLine = line - 1
            builder.firstDocumentOnly = firstDocumentOnly
            return try builder.run()
        }
    }

    /// Convenience for tests and callers holding text: parses `text` as a file named `path`.
    public static func parse(_ text: String, path: String = "<input>", limits: YAMLLimits = .default) throws -> [Node] {
        try parse(SourceFile(path: path, text: text), limits: limits)
    }
}

/// Drives libyaml and assembles nodes on an explicit stack (no recursion, so depth is bounded
/// only by `YAMLLimits.maxDepth`).
private struct TreeBuilder {
    struct Frame {
        var node: Node
        /// Nodes in this subtree, counting every alias as a full copy of its target.
        var size: Int
    }

    let file: SourceFile
    let bytes: UnsafeBufferPointer<UInt8>
    let limits: YAMLLimits
    let offsets: SourceOffsets
    var stack: [Frame] = []
    var anchors: [String: Frame] = [:]
    var openAnchors: Set<String> = []
    var expandedNodes = 0
    var documents: [Node] = []
    var comments: CommentAttacher
    /// Where `bytes` sits in the file (for pieces of a split stream).
    var baseOffset = 0
    var baseLine = 0
    var firstDocumentOnly = false

    init(file: SourceFile, bytes: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) {
        self.file = file
        self.bytes = bytes
        self.limits = limits
        self.offsets = SourceOffsets(bytes)
        self.comments = CommentAttacher(bytes: bytes)
    }

    mutating func run() throws -> [Node] {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else {
            throw YAMLError.syntax(message: "cannot initialize the YAML parser", at: location(offset: 0),
                                   context: nil, contextAt: nil)
        }
        defer { yaml_parser_delete(&parser) }
        // libyaml needs a non-null pointer even for empty input.
        var empty: UInt8 = 0
        if let base = bytes.baseAddress {
            yaml_parser_set_input_string(&parser, base, bytes.count)
        } else {
            yaml_parser_set_input_string(&parser, &empty, 0)
        }
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) != 0 else { throw syntaxError(parser) }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { break }
            try handle(&event)
            if firstDocumentOnly && !documents.isEmpty { break }
        }
        return documents
    }

    // MARK: events

    mutating func handle(_ event: inout yaml_event_t) throws {
        let start = mark(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            try push(Node(kind: .document, mark: start), at: start)
        case YAML_DOCUMENT_END_EVENT:
            if let frame = stack.popLast() {
                var doc = frame.node
                doc.endMark = mark(event.end_mark)
                documents.append(doc)
            }
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let value = string(s.value, count: s.length)
            let anchor = cString(s.anchor)
            var node = Node(kind: .scalar, value: value, anchor: anchor, mark: start)
            node.endMark = mark(event.end_mark)
            switch s.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: node.style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: node.style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: node.style = .literal
            case YAML_FOLDED_SCALAR_STYLE: node.style = .folded
            default: break
            }
            let explicit = cString(s.tag)
            if !explicit.isEmpty && explicit != "!" {
                node.tag = shortTag(explicit)
                node.style.insert(.tagged)
            } else if !node.style.isEmpty {
                node.tag = "!!str"
            } else if value == "<<" {
                node.tag = "!!merge"
            } else {
                node.tag = TagResolver.resolve(value)
            }
            noteContentStart(start)
            comments.scalar(&node, start: start.offset - baseOffset, end: offsets.byteOffset(ofCharacter: Int(event.end_mark.index)),
                            isKey: isKeyPosition)
            try append(Frame(node: node, size: 1), anchor: anchor)
        case YAML_SEQUENCE_START_EVENT:
            let s = event.data.sequence_start
            try openCollection(kind: .sequence, defaultTag: "!!seq", tag: cString(s.tag), anchor: cString(s.anchor),
                               flow: s.style == YAML_FLOW_SEQUENCE_STYLE, mark: start)
        case YAML_MAPPING_START_EVENT:
            let s = event.data.mapping_start
            try openCollection(kind: .mapping, defaultTag: "!!map", tag: cString(s.tag), anchor: cString(s.anchor),
                               flow: s.style == YAML_FLOW_MAPPING_STYLE, mark: start)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard var frame = stack.popLast() else { return }
            frame.node.endMark = mark(event.end_mark)
            if !frame.node.anchor.isEmpty { openAnchors.remove(frame.node.anchor) }
            try append(frame, anchor: frame.node.anchor)
        case YAML_ALIAS_EVENT:
            let name = cString(event.data.alias.anchor)
            guard let target = anchors[name] else {
                if openAnchors.contains(name) { throw YAMLError.recursiveAlias(name, at: location(start)) }
                throw YAMLError.unknownAnchor(name, at: location(start))
            }
            expandedNodes += target.size
            guard expandedNodes <= limits.maxAliasExpansion else {
                throw YAMLError.aliasExpansionLimit(limit: limits.maxAliasExpansion, at: location(start))
            }
            var node = Node(kind: .alias, value: name, children: [target.node], mark: start)
            node.endMark = mark(event.end_mark)
            noteContentStart(start)
            comments.scalar(&node, start: start.offset - baseOffset, end: offsets.byteOffset(ofCharacter: Int(event.end_mark.index)),
                            isKey: isKeyPosition)
            try append(Frame(node: node, size: target.size + 1), anchor: "")
        default:
            break  // stream start, and nothing else libyaml reports
        }
    }

    mutating func openCollection(kind: Node.Kind, defaultTag: String, tag: String, anchor: String, flow: Bool,
                                 mark: Node.Mark) throws {
        var node = Node(kind: kind, tag: defaultTag, anchor: anchor, mark: mark)
        if !tag.isEmpty && tag != "!" {
            node.tag = shortTag(tag)
            node.style.insert(.tagged)
        }
        if flow { node.style.insert(.flow) }
        if !anchor.isEmpty { openAnchors.insert(anchor) }
        noteContentStart(mark)
        try push(node, at: mark)
    }

    /// Whether the next node appended to the open mapping is a key.
    var isKeyPosition: Bool {
        guard let top = stack.last, top.node.kind == .mapping else { return false }
        return top.node.children.count % 2 == 0
    }

    /// The document's first content node: top-of-document comments become its head comment.
    mutating func noteContentStart(_ mark: Node.Mark) {
        guard stack.count == 1, let doc = stack.last, doc.node.kind == .document, doc.node.children.isEmpty else { return }
        stack[0].node.headComment = comments.documentHead(contentStart: mark.offset - baseOffset)
    }

    mutating func push(_ node: Node, at mark: Node.Mark) throws {
        guard stack.count < limits.maxDepth else {
            throw YAMLError.nestingLimit(limit: limits.maxDepth, at: location(mark))
        }
        stack.append(Frame(node: node, size: 1))
    }

    mutating func append(_ frame: Frame, anchor: String) throws {
        if !anchor.isEmpty { anchors[anchor] = frame }
        guard !stack.isEmpty else { return }
        let top = stack.count - 1
        stack[top].size += frame.size
        stack[top].node.children.append(frame.node)
    }

    // MARK: helpers

    func mark(_ m: yaml_mark_t) -> Node.Mark {
        Node.Mark(line: Int(m.line) + 1 + baseLine, column: Int(m.column) + 1,
                  offset: offsets.byteOffset(ofCharacter: Int(m.index)) + baseOffset)
    }

    func location(_ m: Node.Mark) -> SourceLocation {
        SourceLocation(path: file.path, line: m.line, column: m.column, file: file)
    }

    func location(offset: Int) -> SourceLocation { SourceLocation(file: file, offset: offset + baseOffset) }

    func syntaxError(_ p: yaml_parser_t) -> YAMLError {
        let problem = p.problem.map { String(cString: $0) } ?? "unknown problem parsing YAML content"
        let context = p.context.map { String(cString: $0) }
        if p.error == YAML_READER_ERROR {
            // yaml.v3 names no line for reader errors ("yaml: invalid leading UTF-8 octet");
            // the location still points at the offending byte.
            return .syntax(message: problem, at: location(offset: Int(p.problem_offset)), context: nil, contextAt: nil)
        }
        let at = location(mark(p.problem_mark))
        let contextAt = context == nil ? nil : location(mark(p.context_mark))
        // yaml.v3 `parser.fail`: the 0-based line of the context mark, else of the problem
        // mark, plus one for scanner errors (the scanner has not moved past the line yet).
        let scannerBump = p.error == YAML_SCANNER_ERROR ? 1 : 0
        var goLine = 0
        if p.context_mark.line != 0 {
            goLine = Int(p.context_mark.line) + scannerBump
        } else if p.problem_mark.line != 0 {
            goLine = Int(p.problem_mark.line) + scannerBump
        }
        return .syntax(message: problem, at: at, context: context, contextAt: contextAt, goLine: goLine)
    }

    func string(_ p: UnsafeMutablePointer<yaml_char_t>?, count: Int) -> String {
        guard let p, count > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: p, count: count), as: UTF8.self)
    }

    func cString(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }
}

/// yaml.v3 `shortTag`: `tag:yaml.org,2002:str` → `!!str`; other tags unchanged.
func shortTag(_ tag: String) -> String {
    let prefix = "tag:yaml.org,2002:"
    if tag.hasPrefix(prefix) { return "!!" + tag.dropFirst(prefix.count) }
    return tag
}
