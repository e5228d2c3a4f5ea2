internal import CYAML
import Diagnostics

/// Reads the first YAML document of a text into a small node tree with libyaml's parser, as
/// goyaml.v2's `parser` does before decoding (goyaml.v2 is a Go port of the same parser, with
/// the same problem texts and marks). Only the first document is read: `yaml.Unmarshal`
/// ignores anything after it, errors included.
struct GoYAMLReader {
    final class Node {
        enum Kind { case scalar, sequence, mapping, alias }
        let kind: Kind
        /// Explicit tag (`!!str` in long form `tag:yaml.org,2002:str`, or `!foo`), or "".
        var tag: String
        /// Scalar text, or the anchor name of an alias.
        var value: String
        /// A plain scalar (libyaml `plain_implicit`): the only kind YAML 1.1 resolution applies to.
        var plain: Bool
        var children: [Node] = []
        /// For an alias, the anchored node it names.
        var target: Node?
        /// 0-based line and column, byte offset.
        var line: Int
        var column: Int
        var offset: Int

        init(kind: Kind, tag: String, value: String, plain: Bool, line: Int, column: Int, offset: Int) {
            self.kind = kind
            self.tag = tag
            self.value = value
            self.plain = plain
            self.line = line
            self.column = column
            self.offset = offset
        }
    }

    /// A libyaml failure, with goyaml.v2's rendering of it.
    struct Failure: Error {
        var goMessage: String
        var problem: String
        var offset: Int
    }

    /// The root of the first document, or nil when the text holds none.
    static func read(_ bytes: [UInt8]) throws(Failure) -> Node? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else {
            throw Failure(goMessage: "yaml: out of memory", problem: "out of memory", offset: 0)
        }
        defer { yaml_parser_delete(&parser) }
        // libyaml keeps the pointer, so the storage must outlive parsing: copy into a buffer we own.
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        defer { storage.deallocate() }
        _ = storage.initialize(from: bytes)
        yaml_parser_set_input_string(&parser, storage.baseAddress, bytes.count)

        var stack: [Node] = []
        var anchors: [String: Node] = [:]
        var root: Node?
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) != 0 else { throw failure(parser) }
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            func make(_ kind: Node.Kind, tag: UnsafeMutablePointer<yaml_char_t>?, value: String = "", plain: Bool = false) -> Node {
                Node(kind: kind, tag: cString(tag), value: value, plain: plain,
                     line: Int(mark.line), column: Int(mark.column), offset: Int(mark.index))
            }
            func attach(_ node: Node) throws(Failure) {
                if node.kind == .sequence || node.kind == .mapping, stack.count >= GoCodecLimits.maxDepth {
                    let problem = "exceeded max depth of \(GoCodecLimits.maxDepth)"
                    throw Failure(goMessage: "yaml: " + problem, problem: problem, offset: node.offset)
                }
                if let parent = stack.last { parent.children.append(node) } else if root == nil { root = node }
            }
            switch event.type {
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let text = s.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: Int(s.length)), as: UTF8.self) } ?? ""
                let node = make(.scalar, tag: s.tag, value: text, plain: s.plain_implicit != 0)
                if let a = s.anchor { anchors[cString(a)] = node }
                try attach(node)
            case YAML_ALIAS_EVENT:
                let name = cString(event.data.alias.anchor)
                guard let target = anchors[name] else {
                    throw Failure(goMessage: "yaml: unknown anchor '\(name)' referenced",
                                  problem: "unknown anchor '\(name)' referenced", offset: Int(mark.index))
                }
                let node = make(.alias, tag: nil, value: name)
                node.target = target
                try attach(node)
            case YAML_SEQUENCE_START_EVENT:
                let node = make(.sequence, tag: event.data.sequence_start.tag)
                if let a = event.data.sequence_start.anchor { anchors[cString(a)] = node }
                try attach(node)
                stack.append(node)
            case YAML_MAPPING_START_EVENT:
                let node = make(.mapping, tag: event.data.mapping_start.tag)
                if let a = event.data.mapping_start.anchor { anchors[cString(a)] = node }
                try attach(node)
                stack.append(node)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                _ = stack.popLast()
            case YAML_DOCUMENT_END_EVENT, YAML_STREAM_END_EVENT:
                return root
            default:
                break
            }
        }
    }

    private static func cString(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let p else { return "" }
        return String(cString: UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
    }

    /// goyaml.v2 `parser.fail`: "yaml: line N: problem", where N is the problem mark's 0-based
    /// line plus one for scanner errors, the raw 0-based line for parser errors, and omitted
    /// when that number is 0.
    private static func failure(_ parser: yaml_parser_t) -> Failure {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem parsing YAML content"
        var line = 0
        if parser.problem_mark.line != 0 {
            line = Int(parser.problem_mark.line)
            if parser.error == YAML_SCANNER_ERROR { line += 1 }
        } else if parser.context_mark.line != 0 {
            line = Int(parser.context_mark.line)
        }
        let offset = parser.error == YAML_READER_ERROR ? Int(parser.problem_offset) : Int(parser.problem_mark.index)
        let where_ = line != 0 ? "line \(line): " : ""
        return Failure(goMessage: "yaml: \(where_)\(problem)", problem: problem, offset: offset)
    }
}
