/// The query of a remote resource URL, read as kustomize's `parseQuery`: Go's
/// `url.ParseQuery`, and on any malformed part every field falls back to its default.
struct RepoSpecQuery {
    var ref = ""
    var timeout = RepoSpec.defaultTimeout
    var submodules = true

    init(_ query: String) {
        guard let values = parseGoQuery(query) else { return }
        ref = values["version"]?.first ?? ""
        if let r = values["ref"]?.first, !r.isEmpty { ref = r }
        if let t = values["timeout"]?.first, !t.isEmpty {
            if let seconds = goAtoi(t), seconds > 0 {
                timeout = .seconds(seconds)
            } else if let nanos = parseGoDuration(t), nanos > 0 {
                timeout = .nanoseconds(nanos)
            }
        }
        if let s = values["submodules"]?.first, let b = parseGoBool(s) { submodules = b }
    }
}

/// Go `url.ParseQuery`; nil when it would report an error (a ';' or a bad escape).
func parseGoQuery(_ query: String) -> [String: [String]]? {
    var values: [String: [String]] = [:]
    var failed = false
    for part in query.split(separator: "&", omittingEmptySubsequences: false) {
        if part.isEmpty { continue }
        if part.contains(";") { failed = true; continue }
        let (k, v) = part.firstIndex(of: "=").map { (part[..<$0], part[part.index(after: $0)...]) } ?? (part[...], "")
        guard let key = goQueryUnescape(k), let value = goQueryUnescape(v) else { failed = true; continue }
        values[key, default: []].append(value)
    }
    return failed ? nil : values
}

/// Go `url.QueryUnescape`: '+' is a space, `%XX` a byte; nil on a malformed escape.
func goQueryUnescape(_ s: Substring) -> String? {
    var out: [UInt8] = []
    let bytes = Array(s.utf8)
    var i = 0
    while i < bytes.count {
        switch bytes[i] {
        case UInt8(ascii: "%"):
            guard i + 2 < bytes.count, let hi = hexValue(bytes[i + 1]), let lo = hexValue(bytes[i + 2]) else { return nil }
            out.append(hi << 4 | lo)
            i += 3
        case UInt8(ascii: "+"):
            out.append(UInt8(ascii: " "))
            i += 1
        default:
            out.append(bytes[i])
            i += 1
        }
    }
    return String(decoding: out, as: UTF8.self)
}

private func hexValue(_ b: UInt8) -> UInt8? {
    switch b {
    case 0x30...0x39: return b - 0x30
    case 0x41...0x46: return b - 0x41 + 10
    case 0x61...0x66: return b - 0x61 + 10
    default: return nil
    }
}

/// Go `strconv.Atoi` (optional sign, decimal digits, 64-bit range).
func goAtoi(_ s: String) -> Int64? {
    var body = Substring(s)
    if body.first == "+" || body.first == "-" { body = body.dropFirst() }
    guard !body.isEmpty, body.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    return Int64(s.first == "+" ? String(s.dropFirst()) : s)
}

/// Go `strconv.ParseBool`.
func parseGoBool(_ s: String) -> Bool? {
    switch s {
    case "1", "t", "T", "TRUE", "true", "True": return true
    case "0", "f", "F", "FALSE", "false", "False": return false
    default: return nil
    }
}

/// Go `time.ParseDuration` in nanoseconds: `[-+]?(\d*(\.\d*)?unit)+` or a bare "0";
/// nil when malformed or out of range.
func parseGoDuration(_ s: String) -> Int64? {
    var rest = Substring(s)
    var negative = false
    if let c = rest.first, c == "-" || c == "+" {
        negative = c == "-"
        rest = rest.dropFirst()
    }
    if rest == "0" { return 0 }
    guard !rest.isEmpty else { return nil }
    let units: [(String, Double)] = [
        ("ns", 1), ("us", 1e3), ("µs", 1e3), ("μs", 1e3), ("ms", 1e6), ("s", 1e9), ("m", 60e9), ("h", 3600e9),
    ]
    var total = 0.0
    while !rest.isEmpty {
        let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard !number.isEmpty, number != ".", number.filter({ $0 == "." }).count <= 1, let value = Double(number) else { return nil }
        rest = rest.dropFirst(number.count)
        let unitText = rest.prefix { !($0.isASCII && ($0.isNumber || $0 == ".")) }
        guard let unit = units.first(where: { $0.0 == unitText }) else { return nil }
        rest = rest.dropFirst(unitText.count)
        total += value * unit.1
    }
    guard total <= Double(Int64.max) else { return nil }
    let nanos = Int64(total.rounded(.towardZero))
    return negative ? -nanos : nanos
}
