import Foundation

/// Sprig's date functions (`date.go`).
enum SprigDates {
    /// The time a date argument stands for: `time.Time`, or Unix seconds; anything else is now.
    static func time(_ v: TemplateValue) -> GoTime {
        switch v {
        case .object(let o as GoTime): return o
        case .int(let i): return GoTime(date: Date(timeIntervalSince1970: Double(i)), zone: TimeZone.current)
        case .int64(let i): return GoTime(date: Date(timeIntervalSince1970: Double(i)), zone: TimeZone.current)
        default: return GoTime(date: Date(), zone: TimeZone.current)
        }
    }

    static func location(_ name: String?) -> TimeZone {
        guard let name, name != "Local" else { return TimeZone.current }
        if name == "UTC" || name.isEmpty { return TimeZone(identifier: "UTC") ?? TimeZone.current }
        return TimeZone(identifier: name) ?? TimeZone(identifier: "UTC") ?? TimeZone.current
    }

    static func format(_ layout: String, _ v: TemplateValue, zone: String?) -> String {
        let t = time(v)
        return GoTimeLayout.format(GoTime(date: t.date, zone: location(zone)), layout)
    }

    static func modify(_ fmt: String, _ v: TemplateValue, must: Bool) throws -> TemplateValue {
        guard case .object(let o as GoTime) = v else {
            throw TemplateFunctionError("wrong type for value; expected time.Time; got \(v.goTypeName)")
        }
        do {
            let d = try GoDuration.parse(fmt)
            return .object(GoTime(date: o.date.addingTimeInterval(Double(d) / 1e9), zone: o.zone))
        } catch {
            if must { throw error }
            return .object(o)
        }
    }

    static func toDate(_ layout: String, _ value: String, must: Bool) throws -> TemplateValue {
        do {
            return .object(try GoTimeLayout.parse(layout, value, zone: TimeZone.current))
        } catch {
            if must { throw error }
            return .object(GoTime(date: Date(timeIntervalSince1970: -62135596800), zone: TimeZone(identifier: "UTC") ?? .current))
        }
    }

    static func ago(_ v: TemplateValue) -> String {
        let t = time(v)
        let seconds = Date().timeIntervalSince(t.date).rounded()
        return GoDuration.string(Int64(seconds) * 1_000_000_000)
    }

    static func unixEpoch(_ v: TemplateValue) -> String { String(time(v).unix) }

    /// `durationRound`: the largest whole unit, strictly above it (`2h`, `3d`, `1y`); strings
    /// parse as durations, int64 counts nanoseconds, other types are 0.
    static func durationRound(_ v: TemplateValue) -> String {
        var d: Int64 = 0
        switch v {
        case .string(let s): d = (try? GoDuration.parse(s)) ?? 0
        case .int64(let n): d = n
        case .object(let o as GoTime): d = Int64(Date().timeIntervalSince(o.date) * 1e9)
        default: d = 0
        }
        let u = d.magnitude
        let second: UInt64 = 1_000_000_000, minute = 60 * second, hour = 60 * minute, day = 24 * hour
        let month = 30 * day, year = 365 * day
        if u > year { return "\(u / year)y" }
        if u > month { return "\(u / month)mo" }
        if u > day { return "\(u / day)d" }
        if u > hour { return "\(u / hour)h" }
        if u > minute { return "\(u / minute)m" }
        if u > second { return "\(u / second)s" }
        return "0s"
    }
}
