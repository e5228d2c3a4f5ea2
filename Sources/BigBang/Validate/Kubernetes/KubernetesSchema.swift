/// The Kubernetes built-in kinds' structure (field types, required fields, known fields),
/// decoded once from the generated `KubernetesSchemaData.encoded` table on first use.
struct KubernetesSchema: Sendable {
    indirect enum FieldType: Sendable, Equatable {
        case string, integer, number, boolean
        /// IntOrString and resource.Quantity: a string or a number.
        case intOrString
        /// RawExtension, JSON and free-form objects: anything.
        case any
        case list(FieldType)
        case map(FieldType)
        /// A definition with known fields (an index into `definitions`).
        case object(Int)
    }

    struct Definition: Sendable {
        var required: [String]
        var fields: [String: FieldType]
    }

    /// `apiVersion kind` → the definition of the whole object.
    let kinds: [String: Int]
    let definitions: [Definition]

    static let shared = KubernetesSchema(encoded: KubernetesSchemaData.encoded)
    static var version: String { KubernetesSchemaData.version }

    /// The definition of `kind` at `apiVersion`, nil for kinds the table does not hold
    /// (custom resources, API versions outside it).
    func definition(apiVersion: String, kind: String) -> Definition? {
        kinds[apiVersion + " " + kind].flatMap { definitions.indices.contains($0) ? definitions[$0] : nil }
    }

    func definition(_ index: Int) -> Definition? {
        definitions.indices.contains(index) ? definitions[index] : nil
    }

    /// Parses the script's encoding; malformed entries decode as `.any` rather than trap.
    init(encoded text: String) {
        var kinds: [String: Int] = [:]
        var definitions: [Definition] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("K ") {
                let parts = line.split(separator: " ")
                if parts.count == 4, let index = Int(parts[3]) { kinds["\(parts[1]) \(parts[2])"] = index }
            } else if line.hasPrefix("D ") {
                let body = line.dropFirst(2)
                let bar = body.firstIndex(of: "|") ?? body.endIndex
                let required = body[..<bar].split(separator: ",").map(String.init)
                var fields: [String: FieldType] = [:]
                if bar < body.endIndex {
                    for entry in body[body.index(after: bar)...].split(separator: " ") {
                        guard let colon = entry.lastIndex(of: ":") else { continue }
                        var code = entry[entry.index(after: colon)...]
                        fields[String(entry[..<colon])] = Self.decodeType(&code)
                    }
                }
                definitions.append(Definition(required: required, fields: fields))
            }
        }
        self.kinds = kinds
        self.definitions = definitions
    }

    private static func decodeType(_ code: inout Substring) -> FieldType {
        guard let c = code.first else { return .any }
        code = code.dropFirst()
        switch c {
        case "s": return .string
        case "i": return .integer
        case "n": return .number
        case "b": return .boolean
        case "q": return .intOrString
        case "[": return .list(decodeType(&code))
        case "{": return .map(decodeType(&code))
        default:
            guard c.isNumber else { return .any }
            let digits = String(c) + code.prefix { $0.isNumber }
            code = code.dropFirst(digits.count - 1)
            return Int(digits).map(FieldType.object) ?? .any
        }
    }
}
