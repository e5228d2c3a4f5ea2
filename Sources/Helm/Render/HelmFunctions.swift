import GoTemplate
import YAML

/// Per-render state handed to Helm's functions (Go closes over it): `include` counts, and
/// decoded `fromYaml`/`fromYamlArray` results by input text. Charts decode the same `include`
/// output many times (Big Bang: 555 calls, 51 distinct texts), and decoding is pure, so each
/// text is parsed once; every call still gets fresh maps, as Go's decoder returns new ones
/// (over one shared document, built as they are used: `TemplateMap(decoded:)`).
final class RenderState {
    /// Nested `include`s running now, per template name: a counter object per name, so an
    /// include looks the name up once (counting out needs no second lookup).
    var includeCounts: [String: IncludeCount] = [:]
    let lookup: LookupIndex
    init(lookup: LookupIndex = LookupIndex([])) { self.lookup = lookup }
    private var decodedYAML: [DecodedTextKey: DecodedText] = [:]
    private var decodedYAMLArrays: [DecodedTextKey: DecodedText] = [:]
    /// Helm's `recursionMaxNums`.
    static let maxIncludeDepth = 1000

    /// One decoded text: a mapping is kept as the document every call's map shares.
    private enum DecodedText {
        case mapping(DecodedMapping)
        case other(Value)

        init(_ value: Value) {
            if case .map(let m) = value { self = .mapping(DecodedMapping(m)) } else { self = .other(value) }
        }

        var templateValue: TemplateValue {
            switch self {
            case .mapping(let document): return .map(TemplateMap(decoded: document))
            case .other(let value): return TemplateValue.decoded(value)
            }
        }
    }

    func fromYAML(_ text: String) -> TemplateValue {
        let key = DecodedTextKey(text)
        if let cached = decodedYAML[key] { return cached.templateValue }
        let decoded = DecodedText(SigsYAMLDecoder.fromYAML(text))
        decodedYAML[key] = decoded
        return decoded.templateValue
    }

    func fromYAMLArray(_ text: String) -> TemplateValue {
        let key = DecodedTextKey(text)
        if let cached = decodedYAMLArrays[key] { return cached.templateValue }
        let decoded = DecodedText(SigsYAMLDecoder.fromYAMLArray(text))
        decodedYAMLArrays[key] = decoded
        return decoded.templateValue
    }
}

/// A decoded text's cache key. The texts are whole documents (Big Bang: 5 KB on average,
/// 2.8 MB over one render), and hashing all of every one cost more than the decoding it
/// saved; the length and the ends tell them apart well enough to bucket them, and equality
/// still compares the whole text.
private struct DecodedTextKey: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        let utf8 = text.utf8
        hasher.combine(utf8.count)
        for byte in utf8.prefix(64) { hasher.combine(byte) }
        for byte in utf8.suffix(64) { hasher.combine(byte) }
    }

    static func == (a: DecodedTextKey, b: DecodedTextKey) -> Bool { a.text == b.text }
}

/// How many `include`s of one template name are running (Helm's `includedNames` entry).
final class IncludeCount {
    var running = 0
}

/// Helm's function layer over Go builtins and Sprig (pkg/engine/funcs.go and engine.go):
/// `include`, `tpl`, `required`, the YAML/JSON/TOML codecs, and an offline `lookup`.
enum HelmFunctions {
    static let warnStart = "HELM_ERR_START"
    static let warnEnd = "HELM_ERR_END"

    static var table: FunctionTable {
        var t = FunctionTable()
        t["include"] = TemplateFunction([.string, .any]) { call in
            .string(try include(call.string(0), data: call[1], context: call.context))
        }
        t["tpl"] = TemplateFunction([.string, .any]) { call in
            .string(try tpl(call.string(0), data: call[1], context: call.context))
        }
        t["required"] = TemplateFunction([.string, .any]) { call in
            let v = call[1]
            switch v {
            case .null: throw TemplateFunctionError(warnStart + call.string(0) + warnEnd)
            case .string(let s) where s.isEmpty: throw TemplateFunctionError(warnStart + call.string(0) + warnEnd)
            default: return v
            }
        }
        // Helm v4 wraps `fail` like `required` so the message surfaces unadorned.
        t["fail"] = TemplateFunction([.string]) { call in
            throw TemplateFunctionError(warnStart + call.string(0) + warnEnd)
        }
        t["toYaml"] = TemplateFunction([.any]) { call in
            // `fromYaml X | toYaml` again and again (Big Bang's values-secret): a decoded
            // document nothing has looked into is encoded once.
            if case .map(let m) = call[0], let document = m.pendingDocument {
                if let text = document.encodedYAML { return .string(text) }
                let text = trimNewline(HelmEncoders.toYAML(.map(document.entries)) ?? "")
                document.encodedYAML = text
                return .string(text)
            }
            return .string(trimNewline(HelmEncoders.toYAML(call[0].yamlValue) ?? ""))
        }
        t["mustToYaml"] = TemplateFunction([.any]) { call in
            do {
                return .string(trimNewline(try YAMLBridge.encodeSigsYAML(call[0].yamlValue)))
            } catch {
                throw TemplateFunctionError(HelmEncoders.errorText(error))
            }
        }
        t["toYamlPretty"] = TemplateFunction([.any]) { call in
            .string(trimNewline((try? YAMLBridge.encodeYAMLv3(call[0].yamlValue)) ?? ""))
        }
        t["fromYaml"] = TemplateFunction([.string]) { call in
            guard let state = call.context.userInfo as? RenderState else { return HelmEncoders.fromYAML(call.string(0)) }
            return state.fromYAML(call.string(0))
        }
        t["fromYamlArray"] = TemplateFunction([.string]) { call in
            guard let state = call.context.userInfo as? RenderState else { return HelmEncoders.fromYAMLArray(call.string(0)) }
            return state.fromYAMLArray(call.string(0))
        }
        t["toJson"] = TemplateFunction([.any]) { call in .string(HelmEncoders.toJSON(call[0].yamlValue) ?? "") }
        t["mustToJson"] = TemplateFunction([.any]) { call in
            do {
                return .string(try YAMLBridge.encodeJSON(call[0].yamlValue, escapeHTML: true))
            } catch {
                throw TemplateFunctionError(HelmEncoders.errorText(error))
            }
        }
        t["fromJson"] = TemplateFunction([.string]) { call in HelmEncoders.fromJSON(call.string(0)) }
        t["fromJsonArray"] = TemplateFunction([.string]) { call in HelmEncoders.fromJSONArray(call.string(0)) }
        t["toToml"] = TemplateFunction([.any]) { call in .string(TOMLEncoder.toTOML(call[0].yamlValue)) }
        t["fromToml"] = TemplateFunction([.string]) { call in
            do {
                return TemplateValue(.map(try TOMLDecoder.decode(call.string(0))))
            } catch let e as TOMLDecoder.Failure {
                return .map(["Error": .string(e.message)])
            }
        }
        t["lookup"] = TemplateFunction([.string, .string, .string, .string]) { call in
            let index = (call.context.userInfo as? RenderState)?.lookup ?? LookupIndex([])
            return TemplateValue(index.lookup(apiVersion: call.string(0), kind: call.string(1),
                                              namespace: call.string(2), name: call.string(3)))
        }
        t["getHostByName"] = TemplateFunction([.string]) { _ in .string("") }
        return t
    }

    /// Cuts one trailing newline. On UTF-8 bytes: `String.dropLast` walks the whole string
    /// (grapheme breaking from the start), which showed in profiles of large `toYaml` calls.
    private static func trimNewline(_ s: String) -> String {
        guard s.utf8.last == UInt8(ascii: "\n") else { return s }
        let utf8 = s.utf8
        return String(utf8[utf8.startIndex..<utf8.index(before: utf8.endIndex)]) ?? s
    }

    /// Matches Helm's `includeFun`: runs a named template, counting nested uses per name.
    static func include(_ name: String, data: TemplateValue, context: ExecutionContext) throws -> String {
        guard let state = context.userInfo as? RenderState else {
            return try context.execute(templateNamed: name, data: data)
        }
        let count: IncludeCount
        if let existing = state.includeCounts[name] {
            count = existing
        } else {
            count = IncludeCount()
            state.includeCounts[name] = count
        }
        count.running += 1
        defer { count.running -= 1 }
        if count.running > RenderState.maxIncludeDepth + 1 {
            throw TemplateFunctionError("rendering template has a nested reference name: \(name): unable to execute template")
        }
        return try context.execute(templateNamed: name, data: data)
    }

    /// Matches Helm's `tplFun`: parses the text into a clone of the executing set under the
    /// root name and runs it; `define`s inside stay in the clone.
    static func tpl(_ text: String, data: TemplateValue, context: ExecutionContext) throws -> String {
        let clone = context.templates.clone()
        do {
            try clone.parse(text, name: clone.name)
        } catch {
            throw TemplateFunctionError("cannot parse template \(goQuote(text)): \(error)")
        }
        let out: String
        do {
            out = try context.execute(templateNamed: clone.name, in: clone, data: data)
        } catch {
            throw TemplateFunctionError("error during tpl function execution for \(goQuote(text)): \(error)")
        }
        return out.replacingNoValue()
    }

    /// Go's `%q` for the common printable case.
    static func goQuote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7f {
                    out += "\\x" + String(u.value, radix: 16).leftPadded(2)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}

extension String {
    /// Helm's `strings.ReplaceAll(out, "<no value>", "")`.
    /// Works on the UTF-8 bytes: rendered templates are large, and Foundation's substring
    /// search showed in profiles.
    func replacingNoValue() -> String {
        let marker = Array("<no value>".utf8)
        return utf8.withContiguousStorageIfAvailable { bytes -> String in
            guard let first = String.noValueRange(in: bytes, from: 0, marker) else { return self }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var from = 0
            var next: Int? = first
            while let hit = next {
                out.append(contentsOf: bytes[from..<hit])
                from = hit + marker.count
                next = String.noValueRange(in: bytes, from: from, marker)
            }
            out.append(contentsOf: bytes[from...])
            return String(decoding: out, as: UTF8.self)
        } ?? {
            var copy = self
            copy.makeContiguousUTF8()
            return copy.replacingNoValue()
        }()
    }

    /// Offset of the next `marker` at or after `from`.
    private static func noValueRange(in bytes: UnsafeBufferPointer<UInt8>, from: Int, _ marker: [UInt8]) -> Int? {
        let first = marker[0]
        var i = from
        let last = bytes.count - marker.count
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < marker.count, bytes[i + k] == marker[k] { k += 1 }
                if k == marker.count { return i }
            }
            i += 1
        }
        return nil
    }

    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
