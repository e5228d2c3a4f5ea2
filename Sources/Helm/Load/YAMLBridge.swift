import Diagnostics
import YAML

/// Calls into the YAML module's parser and sigs.k8s.io/yaml decoder (kept apart so the rest of
/// Helm depends on two functions only).
enum YAMLBridge {
    static func decodeSigs(_ file: SourceFile) throws -> Value {
        throw HelmError.invalidValues(message: "YAML decoding is not available yet", location: nil)
    }

    static func parseNodes(_ file: SourceFile) throws -> [Node] {
        throw HelmError.load(message: "YAML parsing is not available yet", path: file.path)
    }
}

extension YAMLBridge {
    /// Decodes one JSON value at the start of `text`; returns it with the bytes consumed.
    static func decodeJSONPrefix(_ text: String) throws -> (Value, Int) {
        throw HelmError.invalidValues(message: "JSON decoding is not available yet", location: nil)
    }

    /// Decodes a whole JSON document (Go encoding/json into interface{}).
    static func decodeJSON(_ text: String) throws -> Value {
        throw HelmError.invalidValues(message: "JSON decoding is not available yet", location: nil)
    }
}

extension YAMLBridge {
    /// sigs.k8s.io/yaml `Marshal` of a value (with its final newline).
    static func encodeSigsYAML(_ v: Value) throws -> String {
        throw HelmError.invalidValues(message: "YAML encoding is not available yet", location: nil)
    }

    /// go-yaml v3 encoder with 2-space indent (`toYamlPretty`).
    static func encodeYAMLv3(_ v: Value) throws -> String {
        throw HelmError.invalidValues(message: "YAML encoding is not available yet", location: nil)
    }

    /// encoding/json `Marshal`.
    static func encodeJSON(_ v: Value, escapeHTML: Bool) throws -> String {
        throw HelmError.invalidValues(message: "JSON encoding is not available yet", location: nil)
    }
}
