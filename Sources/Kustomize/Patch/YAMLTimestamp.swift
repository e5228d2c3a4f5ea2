/// A plain scalar yaml.v3 decodes as a `time.Time` (formats `2006-1-2`,
/// `2006-1-2T15:4:5.999999999Z07:00`, the same with `t`, and `2006-1-2 15:4:5.999999999`),
/// and how `encoding/json` writes it back (RFC 3339 with nanoseconds trimmed).
struct YAMLTimestamp {
    var year, month, day, hour, minute, second: Int
    var fraction: String
    /// Offset in minutes east of UTC; nil for UTC.
    var offset: Int?

    init?(_ s: String) {
        let b = Array(s.utf8)
        var i = 0
        func number(min: Int, max: Int) -> Int? {
            let start = i
            while i < b.count, i - start < max, b[i] >= 48, b[i] <= 57 { i += 1 }
            guard i - start >= min else { return nil }
            return Int(String(decoding: b[start..<i], as: UTF8.self))
        }
        func expect(_ c: Character) -> Bool {
            guard i < b.count, b[i] == c.asciiValue else { return false }
            i += 1
            return true
        }
        guard let y = number(min: 4, max: 4), expect("-"), let mo = number(min: 1, max: 2), expect("-"),
              let d = number(min: 1, max: 2), (1...12).contains(mo), (1...31).contains(d) else { return nil }
        year = y; month = mo; day = d
        hour = 0; minute = 0; second = 0; fraction = ""; offset = nil
        if i == b.count { return }
        let separator = b[i]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " ") else { return nil }
        i += 1
        guard let h = number(min: 1, max: 2), expect(":"), let m = number(min: 1, max: 2), expect(":"),
              let sec = number(min: 1, max: 2), h < 24, m < 60, sec < 60 else { return nil }
        hour = h; minute = m; second = sec
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
            guard i > start, i - start <= 9 else { return nil }
            fraction = String(decoding: b[start..<i], as: UTF8.self)
        }
        if i == b.count {
            // Only the space-separated form may omit the zone.
            if separator != UInt8(ascii: " ") { return nil }
            return
        }
        guard separator != UInt8(ascii: " ") else { return nil }
        if b[i] == UInt8(ascii: "Z") {
            i += 1
        } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
            i += 1
            guard let oh = number(min: 2, max: 2), expect(":"), let om = number(min: 2, max: 2) else { return nil }
            let total = sign * (oh * 60 + om)
            offset = total == 0 ? nil : total
        } else {
            return nil
        }
        guard i == b.count else { return nil }
    }

    var rfc3339: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        var out = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        var frac = Substring(fraction)
        while frac.last == "0" { frac = frac.dropLast() }
        if !frac.isEmpty { out += "." + frac }
        if let offset {
            let a = abs(offset)
            out += (offset < 0 ? "-" : "+") + pad(a / 60, 2) + ":" + pad(a % 60, 2)
        } else {
            out += "Z"
        }
        return out
    }
}
