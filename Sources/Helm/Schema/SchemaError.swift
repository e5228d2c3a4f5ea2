/// One validation failure in the shape santhosh-tekuri/jsonschema v6 reports: an instance
/// location, a message and nested causes (for `allOf`, `anyOf`, `oneOf`, `$ref`, groups).
struct SchemaError {
    enum Kind {
        case leaf
        /// Several failures of one schema ("validation failed").
        case group
        /// A `$ref` that failed ("validation failed"; shown as its cause when it has one).
        case reference
    }

    var location: [String]
    var message: String
    var kind: Kind = .leaf
    var causes: [SchemaError] = []

    static func group(_ location: [String], _ causes: [SchemaError]) -> SchemaError {
        SchemaError(location: location, message: "validation failed", kind: .group, causes: causes)
    }

    /// JSON pointer of the instance location (`''` for the root).
    var pointer: String {
        location.map { "/" + $0.replacingOccurrencesOf("~", "~0").replacingOccurrencesOf("/", "~1") }.joined()
    }

    /// v6's indented listing; wrappers with a single cause show only the cause.
    func render(indent: String, into lines: inout [String]) {
        if kind != .leaf && causes.count == 1 {
            causes[0].render(indent: indent, into: &lines)
            return
        }
        lines.append("\(indent)- at '\(pointer)': \(message)")
        for c in causes { c.render(indent: indent + "  ", into: &lines) }
    }
}

extension String {
    func replacingOccurrencesOf(_ target: String, _ replacement: String) -> String {
        guard contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
