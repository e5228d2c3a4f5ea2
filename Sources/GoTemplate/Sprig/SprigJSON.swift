import YAML

/// Sprig's JSON functions over the project's encoding/json codec (`YAML/GoEncoding`).
enum SprigJSON {
    /// json.Marshal / MarshalIndent; toRawJson turns HTML escaping off (Sprig also drops the
    /// encoder's trailing newline, which `GoJSONEncoder` never writes).
    static func encode(_ v: TemplateValue, escapeHTML: Bool = true, indent: String? = nil) throws -> String {
        try GoJSONEncoder.encode(v.yamlValue, escapeHTML: escapeHTML, indent: indent)
    }

    /// json.Unmarshal into interface{}: objects, arrays, float64 numbers.
    static func decode(_ text: String) throws -> TemplateValue {
        TemplateValue(try GoJSONDecoder.decode(text))
    }
}
