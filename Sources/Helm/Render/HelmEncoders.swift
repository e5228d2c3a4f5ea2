import GoTemplate
import YAML

/// The encoders and decoders behind Helm's template functions (pkg/engine/funcs.go), each
/// with Helm's failure behaviour: `toYaml` gives "" on error, `fromYaml` puts the error text
/// under "Error", `fromYamlArray` returns it as the only element.
enum HelmEncoders {
    /// sigs.k8s.io/yaml `Marshal`, final newline kept (callers trim as Helm does).
    static func toYAML(_ v: Value) -> String? { try? YAMLBridge.encodeSigsYAML(v) }

    static func toJSON(_ v: Value, escapeHTML: Bool = true) -> String? { try? YAMLBridge.encodeJSON(v, escapeHTML: escapeHTML) }

    static func fromYAML(_ text: String) -> TemplateValue { TemplateValue.decoded(SigsYAMLDecoder.fromYAML(text)) }

    static func fromYAMLArray(_ text: String) -> TemplateValue { TemplateValue.decoded(SigsYAMLDecoder.fromYAMLArray(text)) }

    static func fromJSON(_ text: String) -> TemplateValue { TemplateValue.decoded(GoJSONDecoder.fromJSON(text)) }

    static func fromJSONArray(_ text: String) -> TemplateValue { TemplateValue.decoded(GoJSONDecoder.fromJSONArray(text)) }

    static func errorText(_ error: Error) -> String {
        if let h = error as? HelmError { return h.helmMessage }
        return error.asDiagnostic.message
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Standard base64 with padding (Go's `base64.StdEncoding`).
    static func base64(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 3 <= bytes.count {
            let n = Int(bytes[i]) << 16 | Int(bytes[i + 1]) << 8 | Int(bytes[i + 2])
            out += [alphabet[n >> 18 & 63], alphabet[n >> 12 & 63], alphabet[n >> 6 & 63], alphabet[n & 63]]
            i += 3
        }
        let rest = bytes.count - i
        if rest == 1 {
            let n = Int(bytes[i]) << 16
            out += [alphabet[n >> 18 & 63], alphabet[n >> 12 & 63], UInt8(ascii: "="), UInt8(ascii: "=")]
        } else if rest == 2 {
            let n = Int(bytes[i]) << 16 | Int(bytes[i + 1]) << 8
            out += [alphabet[n >> 18 & 63], alphabet[n >> 12 & 63], alphabet[n >> 6 & 63], UInt8(ascii: "=")]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
