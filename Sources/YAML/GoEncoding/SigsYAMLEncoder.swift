/// sigs.k8s.io/yaml `Marshal` of a `Value` — what Helm's `toYaml` prints.
///
/// sigs.k8s.io/yaml goes through JSON: encoding/json writes the value, goyaml.v2 reads that JSON
/// back (so integral floats become ints and print as `1000000`, other floats print with
/// `strconv.FormatFloat(f, 'g', -1, 64)` as `1e+21` or `2.5e-07`), and goyaml.v2 writes YAML with
/// keys in its `keyList` order and strings quoted when YAML 1.1 would read them as something else.
/// The round trip is done here without the intermediate text.
public enum SigsYAMLEncoder {
    /// The YAML text, ending in a newline, exactly as `yaml.Marshal` returns it.
    /// Throws for NaN and ±Inf (`error marshaling into JSON: json: unsupported value: NaN`).
    public static func encode(_ value: Value) throws -> String {
        var out: [UInt8] = []
        try encode(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `yaml.Marshal` output to `out`.
    public static func encode(_ value: Value, into out: inout [UInt8]) throws {
        var emitter = GoYAMLEmitter()
        try emit(value, inMapping: false, depth: 0, &emitter)
        emitter.finishDocument()
        out.append(contentsOf: emitter.out)
    }

    /// Helm's `toYaml`: the text without its final newline, or "" when marshalling fails.
    public static func toYAML(_ value: Value) -> String {
        guard var text = try? encode(value) else { return "" }
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    private static let nullText = Array("null".utf8), trueText = Array("true".utf8), falseText = Array("false".utf8)

    private static func emit(_ value: Value, inMapping: Bool, depth: Int, _ e: inout GoYAMLEmitter) throws {
        guard depth <= GoCodecLimits.maxDepth else { throw GoCodecError.unsupportedValue("value nested deeper than \(GoCodecLimits.maxDepth) levels") }
        switch value {
        case .null: e.scalar(nullText, requested: .plain)
        case .bool(let b): e.scalar(b ? trueText : falseText, requested: .plain)
        case .int(let i): e.scalar(Array(String(i).utf8), requested: .plain)
        case .float(let f):
            guard f.isFinite else {
                throw GoCodecError.unsupportedValue(GoFloatFormat.nonFiniteName(f))
            }
            e.scalar(Array(yamlNumber(f).utf8), requested: .plain)
        case .string(let s):
            let (text, style) = try stringScalar(s, isKey: false)
            e.scalar(text, requested: style)
        case .list(let items):
            if items.isEmpty {
                e.emptyFlow(open: UInt8(ascii: "["), close: UInt8(ascii: "]"))
                return
            }
            e.beginBlockSequence(inMapping: inMapping)
            for item in items {
                e.sequenceItem()
                try emit(item, inMapping: false, depth: depth + 1, &e)
            }
            e.endBlock()
        case .map(let m):
            if m.isEmpty {
                e.emptyFlow(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"))
                return
            }
            e.beginBlockMapping()
            for (key, value) in sortedPairs(m) {
                let (text, style) = try stringScalar(key, isKey: true)
                e.mappingKey(text, requested: style)
                try emit(value, inMapping: true, depth: depth + 1, &e)
            }
            e.endBlock()
        }
    }

    /// goyaml.v2 `stringv`: literal when there is a newline, plain when the text reads back as
    /// the same string, double-quoted otherwise (the emitter may still override the choice).
    static func stringScalar(_ s: String, isKey: Bool) throws -> ([UInt8], GoYAMLEmitter.ScalarStyle) {
        let text = try afterJSONRoundTrip(Array(s.utf8), isKey: isKey)
        if text.contains(0x0A) { return (text, .literal) }
        let plain = GoYAMLResolver.resolve(text) == .string && !GoYAMLResolver.isBase60Float(text)
        return (text, plain ? .plain : .doubleQuoted)
    }

    /// A string as goyaml.v2 reads it back from encoding/json's output. encoding/json leaves
    /// DEL, C1 controls, U+FFFE/U+FFFF and NEL unescaped: the first ones make goyaml.v2's reader
    /// fail ("control characters are not allowed"), and NEL is a line break that YAML folds
    /// inside the double-quoted JSON string (one NEL and the blanks around it become a space,
    /// n NELs become n-1 newlines; in a key it breaks the flow mapping).
    static func afterJSONRoundTrip(_ text: [UInt8], isKey: Bool) throws -> [UInt8] {
        var hasNEL = false
        var i = 0
        while i < text.count {
            let c = text[i]
            if c == 0x7F { throw controlCharacters }
            if c == 0xC2, i + 1 < text.count, text[i + 1] >= 0x80 && text[i + 1] <= 0x9F {
                if text[i + 1] != 0x85 { throw controlCharacters }
                hasNEL = true
            }
            if c == 0xEF, i + 2 < text.count, text[i + 1] == 0xBF, text[i + 2] == 0xBE || text[i + 2] == 0xBF {
                throw controlCharacters
            }
            i += 1
        }
        guard hasNEL else { return text }
        if isKey { throw GoCodecError.unsupportedValue("NEL line break in a map key") }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        i = 0
        while i < text.count {
            if text[i] == 0xC2 && i + 1 < text.count && text[i + 1] == 0x85 {
                // Drop the blanks before the break, then fold the run of blanks and NELs.
                while let last = out.last, last == 0x20 || last == 0x09 { out.removeLast() }
                var breaks = 0
                while i < text.count {
                    if text[i] == 0x20 || text[i] == 0x09 { i += 1 } else if text[i] == 0xC2 && i + 1 < text.count && text[i + 1] == 0x85 {
                        breaks += 1
                        i += 2
                    } else { break }
                }
                if breaks == 1 { out.append(0x20) } else { out.append(contentsOf: repeatElement(0x0A, count: breaks - 1)) }
                continue
            }
            out.append(text[i])
            i += 1
        }
        return out
    }

    private static let controlCharacters = GoCodecError.yaml(
        goMessage: "error marshaling into JSON: yaml: control characters are not allowed",
        problem: "control characters are not allowed", location: nil)

    /// The text a float64 ends up with after encoding/json and goyaml.v2: JSON integers that fit
    /// int64 or uint64 stay integers, anything else prints with `FormatFloat(f, 'g', -1, 64)`.
    static func yamlNumber(_ f: Double) -> String {
        guard let json = GoFloatFormat.json(f) else { return GoFloatFormat.format(f) }
        let bytes = Array(json.utf8)
        if let i = GoYAMLResolver.parseGoInt(bytes) { return String(i) }
        if let u = GoYAMLResolver.parseGoUint(bytes) { return String(u) }
        return GoFloatFormat.format(f, verb: .g, precision: -1)
    }

    /// goyaml.v2 `keyList.Less` for string keys: letters compare as runes and sort after
    /// non-letters; runs of digits compare by numeric value, so "9" < "10" < "Mixed" < "akey".
    static func goYAMLKeyLess(_ a: String, _ b: String) -> Bool {
        keyLess(a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value))
    }

    /// The map's entries in goyaml.v2 key order. ASCII keys (the usual case) are compared on
    /// their UTF-8 bytes in place; otherwise each key is turned into Unicode scalars once.
    static func sortedPairs(_ m: [String: Value]) -> [(key: String, value: Value)] {
        var pairs = m.map { (key: $0.key, value: $0.value) }
        if pairs.count <= 1 { return pairs }
        if m.keys.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) {
            pairs.sort { a, b in
                a.key.utf8.withContiguousStorageIfAvailable { ua in
                    b.key.utf8.withContiguousStorageIfAvailable { ub in keyLess(ua, ub) }
                }.flatMap { $0 } ?? keyLess(Array(a.key.utf8), Array(b.key.utf8))
            }
            return pairs
        }
        return pairs.map { (pair: $0, units: $0.key.unicodeScalars.map(\.value)) }
            .sorted { keyLess($0.units, $1.units) }
            .map { $0.pair }
    }

    private static func keyLess<C: RandomAccessCollection>(_ ar: C, _ br: C) -> Bool
        where C.Element: FixedWidthInteger, C.Index == Int {
        let a0 = ar.startIndex, b0 = br.startIndex
        var i = 0
        while i < ar.count && i < br.count {
            let x = ar[a0 + i], y = br[b0 + i]
            if x == y { i += 1; continue }
            let al = isLetter(UInt32(x)), bl = isLetter(UInt32(y))
            if al && bl { return x < y }
            if al || bl { return bl }
            var an: Int64 = 0, bn: Int64 = 0
            if x == 0x30 || y == 0x30 {
                var j = i - 1
                while j >= 0 && isDigit(UInt32(ar[a0 + j])) {
                    if ar[a0 + j] != 0x30 { an = 1; bn = 1; break }
                    j -= 1
                }
            }
            var ai = i
            while ai < ar.count && isDigit(UInt32(ar[a0 + ai])) {
                an = an &* 10 &+ (Int64(ar[a0 + ai]) - 0x30)
                ai += 1
            }
            var bi = i
            while bi < br.count && isDigit(UInt32(br[b0 + bi])) {
                bn = bn &* 10 &+ (Int64(br[b0 + bi]) - 0x30)
                bi += 1
            }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return x < y
        }
        return ar.count < br.count
    }

    /// Go's `unicode.IsLetter`.
    private static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        guard let s = Unicode.Scalar(v) else { return false }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Go's `unicode.IsDigit` (decimal digits of any script).
    private static func isDigit(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return Unicode.Scalar(v)?.properties.generalCategory == .decimalNumber
    }
}
