/// A YAML timestamp as Go's `time.Time` marshals to JSON (RFC 3339 with nanoseconds, trailing
/// zeros of the fraction dropped, `Z` for a zero offset): `2024-01-02` →
/// `2024-01-02T00:00:00Z`. Input is text `TagResolver` already accepted as a timestamp. Also
/// what SOPS hashes and encrypts for a timestamp (`time.Time.MarshalText`).
public enum GoTimestamp {
    public static func rfc3339Nano(_ text: String) -> String? {
        let s = Array(text.utf8)
        var i = 0
        func number(_ maxDigits: Int) -> Int? {
            var v = 0
            var n = 0
            while i < s.count, n < maxDigits, s[i] >= 48, s[i] <= 57 {
                v = v * 10 + Int(s[i] - 48)
                i += 1
                n += 1
            }
            return n == 0 ? nil : v
        }
        func skip(_ c: UInt8) -> Bool {
            guard i < s.count, s[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = number(4), skip(UInt8(ascii: "-")), let month = number(2), skip(UInt8(ascii: "-")),
              let day = number(2) else { return nil }
        var hour = 0, minute = 0, second = 0
        var fraction: [UInt8] = []
        var offsetMinutes = 0
        if i < s.count {
            i += 1  // T, t or space
            guard let h = number(2), skip(UInt8(ascii: ":")), let m = number(2), skip(UInt8(ascii: ":")),
                  let sec = number(2) else { return nil }
            hour = h; minute = m; second = sec
            if i < s.count, s[i] == UInt8(ascii: ".") || s[i] == UInt8(ascii: ",") {
                i += 1
                while i < s.count, s[i] >= 48, s[i] <= 57 {
                    if fraction.count < 9 { fraction.append(s[i]) }
                    i += 1
                }
            }
            if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
                let sign = s[i] == UInt8(ascii: "-") ? -1 : 1
                i += 1
                guard let oh = number(2), skip(UInt8(ascii: ":")), let om = number(2) else { return nil }
                offsetMinutes = sign * (oh * 60 + om)
            }
        }
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        func pad(_ v: Int, _ width: Int) -> String {
            let t = String(v)
            return String(repeating: "0", count: max(0, width - t.count)) + t
        }
        var out = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        if !fraction.isEmpty { out += "." + String(decoding: fraction, as: UTF8.self) }
        if offsetMinutes == 0 {
            out += "Z"
        } else {
            let a = abs(offsetMinutes)
            out += (offsetMinutes < 0 ? "-" : "+") + pad(a / 60, 2) + ":" + pad(a % 60, 2)
        }
        return out
    }
}
