import Diagnostics
import YAML

/// The YAML module's parsers and Go-compatible codecs, in the form Helm's code calls them
/// (kept in one place so the rest of the module depends on these few functions only).
enum YAMLBridge {
    /// sigs.k8s.io/yaml `Unmarshal` of the first document into `interface{}`.
    static func decodeSigs(_ file: SourceFile) throws -> Value {
        do {
            return try SigsYAMLDecoder.decode(file)
        } catch let e as GoCodecError {
            throw HelmError.invalidValues(message: e.goMessage, location: e.diagnostic.location)
        }
    }

    /// A values file as Helm's `loader.LoadValues` reads it (documents merged).
    static func decodeValuesFile(_ file: SourceFile) throws -> [String: Value] {
        do {
            return try SigsYAMLDecoder.decodeValues(file)
        } catch let e as GoCodecError {
            throw HelmError.invalidValues(message: e.goMessage, location: e.diagnostic.location)
        }
    }

    static func parseNodes(_ file: SourceFile) throws -> [Node] {
        try YAMLParser.parse(file)
    }

    /// sigs.k8s.io/yaml `Marshal` of a value (with its final newline).
    static func encodeSigsYAML(_ v: Value) throws -> String {
        do {
            return try SigsYAMLEncoder.encode(v)
        } catch let e as GoCodecError {
            throw HelmError.invalidValues(message: "error marshaling into JSON: " + e.goMessage, location: nil)
        }
    }

    /// go-yaml v3 encoder with 2-space indent (`toYamlPretty`).
    static func encodeYAMLv3(_ v: Value) throws -> String {
        PrettyYAML.reindent(try encodeSigsYAML(v))
    }

    /// encoding/json `Marshal`.
    static func encodeJSON(_ v: Value, escapeHTML: Bool) throws -> String {
        do {
            return try GoJSONEncoder.encode(v, escapeHTML: escapeHTML)
        } catch let e as GoCodecError {
            throw HelmError.invalidValues(message: e.goMessage, location: nil)
        }
    }

    /// Decodes a whole JSON document (Go encoding/json into interface{}; JSON is YAML).
    static func decodeJSON(_ text: String) throws -> Value {
        do {
            return try GoJSONDecoder.decode(text)
        } catch let e as GoCodecError {
            throw HelmError.invalidValues(message: e.goMessage, location: nil)
        }
    }

    /// Decodes one JSON value at the start of `text` (after blanks); returns it with the
    /// number of bytes consumed, as Go's `json.Decoder.Decode` + `InputOffset`.
    static func decodeJSONPrefix(_ text: String) throws -> (Value, Int) {
        let b = Array(text.utf8)
        var i = 0
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
        let start = i
        var depth = 0
        var inString = false
        while i < b.count {
            let c = b[i]
            if inString {
                if c == UInt8(ascii: "\\") { i += 2; continue }
                if c == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { i += 1; break }
                }
                i += 1
                continue
            }
            switch c {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { i += 1; return (try decodeJSON(String(decoding: b[start..<i], as: UTF8.self)), i) }
            case UInt8(ascii: ","), 0x20, 0x09, 0x0A, 0x0D:
                if depth == 0 { return (try decodeJSON(String(decoding: b[start..<i], as: UTF8.self)), i) }
            default: break
            }
            i += 1
        }
        guard i > start else { throw HelmError.invalidValues(message: "unexpected end of JSON input", location: nil) }
        return (try decodeJSON(String(decoding: b[start..<min(i, b.count)], as: UTF8.self)), min(i, b.count))
    }
}
