import Foundation

/// A Go `time.Time`: an instant plus the location it is shown in.
final class GoTime: TemplateObject, @unchecked Sendable {
    let date: Date
    let zone: TimeZone

    init(date: Date, zone: TimeZone) {
        self.date = date
        self.zone = zone
    }

    var goTypeName: String { "time.Time" }
    var goKindName: String { "struct" }
    /// Go's `Time.String`: `2006-01-02 15:04:05.999999999 -0700 MST`.
    var formatted: String { GoTimeLayout.format(self, "2006-01-02 15:04:05.999999999 -0700 MST") }
    var encodedValue: TemplateValue { .string(GoTimeLayout.format(self, "2006-01-02T15:04:05.999999999Z07:00")) }
    func isEqual(to other: any TemplateObject) -> Bool {
        guard let o = other as? GoTime else { return false }
        return o.date == date && o.zone.identifier == zone.identifier
    }

    var unix: Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    func member(named name: String) -> TemplateMember? {
        func m(_ body: @escaping () -> TemplateValue) -> TemplateMember { .method(TemplateFunction { _ in body() }) }
        let c = GoTimeLayout.components(self)
        switch name {
        case "Year": return m { .int(c.year) }
        case "Month": return m { .int(c.month) }
        case "Day": return m { .int(c.day) }
        case "Hour": return m { .int(c.hour) }
        case "Minute": return m { .int(c.minute) }
        case "Second": return m { .int(c.second) }
        case "Nanosecond": return m { .int(c.nanosecond) }
        case "Unix": return m { .int64(self.unix) }
        case "UnixMilli": return m { .int64(Int64((self.date.timeIntervalSince1970 * 1000).rounded(.down))) }
        case "String": return m { .string(self.formatted) }
        case "UTC": return m { .object(GoTime(date: self.date, zone: TimeZone(identifier: "UTC") ?? self.zone)) }
        case "Format": return .method(TemplateFunction([.string]) { call in .string(GoTimeLayout.format(self, call.string(0))) })
        default: return nil
        }
    }
}

/// Go's layout-based time formatting and parsing (`2006-01-02T15:04:05Z07:00`).
enum GoTimeLayout {
    struct Components { var year, month, day, hour, minute, second, nanosecond, weekday, offset: Int; var abbreviation: String }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    static func components(_ t: GoTime) -> Components {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = t.zone
        let d = cal.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond, .weekday], from: t.date)
        let offset = t.zone.secondsFromGMT(for: t.date)
        var abbr = t.zone.abbreviation(for: t.date) ?? "UTC"
        if t.zone.identifier == "UTC" || t.zone.identifier == "GMT" && offset == 0 { abbr = "UTC" }
        if abbr.hasPrefix("GMT") && abbr != "GMT" {
            // Go prints zones without an abbreviation as their offset, e.g. "+03".
            let h = offset / 3600, mnt = abs(offset / 60 % 60)
            abbr = (offset < 0 ? "-" : "+") + pad(abs(h), 2) + (mnt != 0 ? pad(mnt, 2) : "")
        }
        let fraction = t.date.timeIntervalSince1970 - t.date.timeIntervalSince1970.rounded(.down)
        return Components(year: d.year ?? 1970, month: d.month ?? 1, day: d.day ?? 1, hour: d.hour ?? 0,
                          minute: d.minute ?? 0, second: d.second ?? 0, nanosecond: Int((fraction * 1e9).rounded()) % 1_000_000_000,
                          weekday: (d.weekday ?? 1) - 1, offset: offset, abbreviation: abbr)
    }

    static func pad(_ v: Int, _ width: Int, _ fill: Character = "0") -> String {
        var s = String(v)
        while s.count < width { s.insert(fill, at: s.startIndex) }
        return s
    }

    static func format(_ t: GoTime, _ layout: String) -> String {
        let c = components(t)
        var out = ""
        let l = Array(layout)
        var i = 0
        func has(_ s: String) -> Bool {
            let a = Array(s)
            return i + a.count <= l.count && Array(l[i..<(i + a.count)]) == a
        }
        func zone(_ colon: Bool, _ seconds: Bool, z: Bool, short: Bool = false) -> String {
            if z && c.offset == 0 { return "Z" }
            let sign = c.offset < 0 ? "-" : "+"
            let a = abs(c.offset)
            var s = sign + pad(a / 3600, 2)
            if short { return s }
            s += (colon ? ":" : "") + pad(a / 60 % 60, 2)
            if seconds { s += (colon ? ":" : "") + pad(a % 60, 2) }
            return s
        }
        while i < l.count {
            if has("2006") { out += pad(c.year, 4); i += 4 }
            else if has("January") { out += months[c.month - 1]; i += 7 }
            else if has("Jan") { out += String(months[c.month - 1].prefix(3)); i += 3 }
            else if has("Monday") { out += days[c.weekday]; i += 6 }
            else if has("Mon") { out += String(days[c.weekday].prefix(3)); i += 3 }
            else if has("MST") { out += c.abbreviation; i += 3 }
            else if has("01") { out += pad(c.month, 2); i += 2 }
            else if has("02") { out += pad(c.day, 2); i += 2 }
            else if has("_2") { out += pad(c.day, 2, " "); i += 2 }
            else if has("06") { out += pad(c.year % 100, 2); i += 2 }
            else if has("15") { out += pad(c.hour, 2); i += 2 }
            else if has("03") { out += pad(c.hour % 12 == 0 ? 12 : c.hour % 12, 2); i += 2 }
            else if has("04") { out += pad(c.minute, 2); i += 2 }
            else if has("05") { out += pad(c.second, 2); i += 2 }
            else if has("Z07:00:00") { out += zone(true, true, z: true); i += 9 }
            else if has("-07:00:00") { out += zone(true, true, z: false); i += 9 }
            else if has("Z070000") { out += zone(false, true, z: true); i += 7 }
            else if has("-070000") { out += zone(false, true, z: false); i += 7 }
            else if has("Z07:00") { out += zone(true, false, z: true); i += 6 }
            else if has("-07:00") { out += zone(true, false, z: false); i += 6 }
            else if has("Z0700") { out += zone(false, false, z: true); i += 5 }
            else if has("-0700") { out += zone(false, false, z: false); i += 5 }
            else if has("Z07") { out += zone(false, false, z: true, short: true); i += 3 }
            else if has("-07") { out += zone(false, false, z: false, short: true); i += 3 }
            else if has("PM") { out += c.hour >= 12 ? "PM" : "AM"; i += 2 }
            else if has("pm") { out += c.hour >= 12 ? "pm" : "am"; i += 2 }
            else if (l[i] == "." || l[i] == ",") && i + 1 < l.count && (l[i + 1] == "0" || l[i + 1] == "9") {
                let digit = l[i + 1]
                var n = 1
                while i + 1 + n < l.count && l[i + 1 + n] == digit { n += 1 }
                if i + 1 + n < l.count && l[i + 1 + n].isNumber { out.append(l[i]); i += 1; continue }
                var frac = pad(c.nanosecond, 9)
                frac = String(frac.prefix(n))
                if digit == "9" {
                    while frac.hasSuffix("0") { frac.removeLast() }
                    if !frac.isEmpty { out += String(l[i]) + frac }
                } else {
                    out += String(l[i]) + frac
                }
                i += 1 + n
            }
            else if has("1") { out += String(c.month); i += 1 }
            else if has("2") { out += String(c.day); i += 1 }
            else if has("3") { out += String(c.hour % 12 == 0 ? 12 : c.hour % 12); i += 1 }
            else if has("4") { out += String(c.minute); i += 1 }
            else if has("5") { out += String(c.second); i += 1 }
            else { out.append(l[i]); i += 1 }
        }
        return out
    }

    struct ParseError: Error, CustomStringConvertible { var description: String }

    /// time.ParseInLocation for numeric layouts (years, months, days, clock, fractions, zones).
    static func parse(_ layout: String, _ value: String, zone: TimeZone) throws -> GoTime {
        let l = Array(layout), v = Array(value)
        var i = 0, j = 0
        var year = 1, month = 1, day = 1, hour = 0, minute = 0, second = 0, nanos = 0
        var offset: Int? = nil
        var pm: Bool? = nil
        func fail() -> ParseError {
            ParseError(description: "parsing time \(goQuote(value)) as \(goQuote(layout)): cannot parse \(goQuote(String(v[min(j, v.count)...]))) as \(goQuote(String(l[min(i, l.count)...])))")
        }
        func has(_ s: String) -> Bool {
            let a = Array(s)
            return i + a.count <= l.count && Array(l[i..<(i + a.count)]) == a
        }
        func digits(_ n: Int, flexible: Bool = false) throws -> Int {
            var k = 0
            var val = 0
            while j + k < v.count, v[j + k].isNumber, k < n || (flexible && k < n) {
                val = val * 10 + (v[j + k].wholeNumberValue ?? 0)
                k += 1
            }
            if k == 0 || (!flexible && k != n) { throw fail() }
            j += k
            return val
        }
        func zoneOffset(colon: Bool, allowZ: Bool) throws {
            if allowZ && j < v.count && v[j] == "Z" { offset = 0; j += 1; return }
            guard j < v.count, v[j] == "+" || v[j] == "-" else { throw fail() }
            let sign = v[j] == "-" ? -1 : 1
            j += 1
            let h = try digits(2)
            if colon { guard j < v.count, v[j] == ":" else { throw fail() }; j += 1 }
            let m = try digits(2)
            offset = sign * (h * 3600 + m * 60)
        }
        while i < l.count {
            if has("2006") { year = try digits(4); i += 4 }
            else if has("January") {
                guard let idx = months.firstIndex(where: { String(v[j...]).hasPrefix($0) }) else { throw fail() }
                month = idx + 1; j += months[idx].count; i += 7
            }
            else if has("Jan") {
                guard let idx = months.firstIndex(where: { String(v[j...]).hasPrefix($0.prefix(3)) }) else { throw fail() }
                month = idx + 1; j += 3; i += 3
            }
            else if has("Monday") {
                guard let d = days.first(where: { String(v[j...]).hasPrefix($0) }) else { throw fail() }
                j += d.count; i += 6
            }
            else if has("Mon") { j += 3; i += 3 }
            else if has("MST") {
                var k = j
                while k < v.count, v[k].isLetter { k += 1 }
                if String(v[j..<k]) == "UTC" { offset = 0 }
                j = k; i += 3
            }
            else if has("01") { month = try digits(2); i += 2 }
            else if has("02") { day = try digits(2); i += 2 }
            else if has("_2") { if j < v.count && v[j] == " " { j += 1 }; day = try digits(2, flexible: true); i += 2 }
            else if has("06") { year = 2000 + (try digits(2)); if year >= 2069 { year -= 100 }; i += 2 }
            else if has("15") { hour = try digits(2, flexible: true); i += 2 }
            else if has("03") { hour = try digits(2); i += 2 }
            else if has("04") { minute = try digits(2); i += 2 }
            else if has("05") {
                second = try digits(2); i += 2
                if j < v.count && v[j] == "." && !(i < l.count && l[i] == ".") {
                    j += 1
                    var k = 0; var frac = ""
                    while j + k < v.count, v[j + k].isNumber { frac.append(v[j + k]); k += 1 }
                    j += k
                    nanos = Int((frac + "000000000").prefix(9)) ?? 0
                }
            }
            else if has("Z07:00") { try zoneOffset(colon: true, allowZ: true); i += 6 }
            else if has("-07:00") { try zoneOffset(colon: true, allowZ: false); i += 6 }
            else if has("Z0700") { try zoneOffset(colon: false, allowZ: true); i += 5 }
            else if has("-0700") { try zoneOffset(colon: false, allowZ: false); i += 5 }
            else if has("PM") || has("pm") {
                guard j + 2 <= v.count else { throw fail() }
                pm = String(v[j..<(j + 2)]).uppercased() == "PM"; j += 2; i += 2
            }
            else if l[i] == "." && i + 1 < l.count && (l[i + 1] == "0" || l[i + 1] == "9") {
                var n = 1
                while i + 1 + n < l.count && l[i + 1 + n] == l[i + 1] { n += 1 }
                i += 1 + n
                if j < v.count && v[j] == "." {
                    j += 1
                    var frac = ""
                    while j < v.count, v[j].isNumber { frac.append(v[j]); j += 1 }
                    nanos = Int((frac + "000000000").prefix(9)) ?? 0
                }
            }
            else if has("1") { month = try digits(2, flexible: true); i += 1 }
            else if has("2") { day = try digits(2, flexible: true); i += 1 }
            else if has("3") { hour = try digits(2, flexible: true); i += 1 }
            else if has("4") { minute = try digits(2, flexible: true); i += 1 }
            else if has("5") { second = try digits(2, flexible: true); i += 1 }
            else {
                guard j < v.count, v[j] == l[i] else { throw fail() }
                i += 1; j += 1
            }
        }
        if j < v.count {
            throw ParseError(description: "parsing time \(goQuote(value)): extra text: \(goQuote(String(v[j...])))")
        }
        if let pm { if pm && hour < 12 { hour += 12 } else if !pm && hour == 12 { hour = 0 } }
        guard (1...12).contains(month) else { throw ParseError(description: "parsing time \(goQuote(value)): month out of range") }
        guard (1...31).contains(day) else { throw ParseError(description: "parsing time \(goQuote(value)): day out of range") }
        var cal = Calendar(identifier: .gregorian)
        let tz = offset.flatMap { TimeZone(secondsFromGMT: $0) } ?? zone
        cal.timeZone = tz
        let comps = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second, nanosecond: nanos)
        guard let date = cal.date(from: comps) else { throw fail() }
        let shownZone = offset == 0 && zone.identifier == "UTC" ? zone : (offset.flatMap { TimeZone(secondsFromGMT: $0) } ?? zone)
        return GoTime(date: date, zone: shownZone)
    }
}

/// Go's `time.Duration` text and `ParseDuration`.
enum GoDuration {
    /// `Duration.String`: `1h2m3s`, `1.5s`, `300ms`, `0s`.
    static func string(_ d: Int64) -> String {
        if d == 0 { return "0s" }
        let neg = d < 0
        var u = d.magnitude
        var out: String
        if u < 1_000_000_000 {
            // Sub-second: ns, µs, ms with fraction.
            let (unit, scale): (String, UInt64) = u < 1000 ? ("ns", 1) : (u < 1_000_000 ? ("µs", 1000) : ("ms", 1_000_000))
            out = fraction(u, scale) + unit
        } else {
            var s = fraction(u % 60_000_000_000, 1_000_000_000) + "s"
            u /= 60_000_000_000
            if u > 0 {
                s = String(u % 60) + "m" + s
                u /= 60
                if u > 0 { s = String(u) + "h" + s }
            }
            out = s
        }
        return neg ? "-" + out : out
    }

    private static func fraction(_ v: UInt64, _ scale: UInt64) -> String {
        let whole = v / scale
        var frac = v % scale
        if frac == 0 { return String(whole) }
        var digits = ""
        var s = scale
        while s > 1 { s /= 10; digits += String(frac / s); frac %= s }
        while digits.hasSuffix("0") { digits.removeLast() }
        return String(whole) + "." + digits
    }

    struct ParseError: Error, CustomStringConvertible { var description: String }

    static func parse(_ s: String) throws -> Int64 {
        let orig = s
        var rest = Substring(s)
        var neg = false
        if rest.hasPrefix("-") { neg = true; rest = rest.dropFirst() } else if rest.hasPrefix("+") { rest = rest.dropFirst() }
        if rest == "0" { return 0 }
        if rest.isEmpty { throw ParseError(description: "time: invalid duration \(goQuote(orig))") }
        var total: Double = 0
        while !rest.isEmpty {
            var num = ""
            while let c = rest.first, c.isNumber || c == "." { num.append(c); rest = rest.dropFirst() }
            guard !num.isEmpty, let n = Double(num) else { throw ParseError(description: "time: invalid duration \(goQuote(orig))") }
            var unit = ""
            while let c = rest.first, !(c.isNumber || c == ".") { unit.append(c); rest = rest.dropFirst() }
            let scale: Double
            switch unit {
            case "ns": scale = 1
            case "us", "µs", "μs": scale = 1e3
            case "ms": scale = 1e6
            case "s": scale = 1e9
            case "m": scale = 60e9
            case "h": scale = 3600e9
            case "": throw ParseError(description: "time: missing unit in duration \(goQuote(orig))")
            default: throw ParseError(description: "time: unknown unit \(goQuote(unit)) in duration \(goQuote(orig))")
            }
            total += n * scale
        }
        return Int64(neg ? -total : total)
    }
}
