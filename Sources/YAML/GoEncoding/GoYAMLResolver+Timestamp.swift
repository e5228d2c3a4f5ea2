extension GoYAMLResolver {
    /// goyaml.v2 `parseTimestamp`: Go's `time.Parse` with the layouts
    /// `2006-1-2T15:4:5.999999999Z07:00` (also with `t`), `2006-1-2 15:4:5.999999999` and
    /// `2006-1-2`, including Go's range checks (a 30 February is not a timestamp).
    static func isTimestamp(_ b: [UInt8]) -> Bool {
        var i = 0
        func isDigit(_ j: Int) -> Bool { j < b.count && b[j] >= 0x30 && b[j] <= 0x39 }
        /// Go's `getnum(s, false)`: one or two digits.
        func number() -> Int? {
            guard isDigit(i) else { return nil }
            var n = Int(b[i] - 0x30)
            i += 1
            if isDigit(i) { n = n * 10 + Int(b[i] - 0x30); i += 1 }
            return n
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }
        guard b.count >= 5, (0..<4).allSatisfy(isDigit), b[4] == 0x2D else { return false }
        let year = Int(String(decoding: b[0..<4], as: UTF8.self)) ?? 0
        i = 5
        guard let month = number(), (1...12).contains(month), expect(0x2D), let day = number() else { return false }
        guard day >= 1, day <= daysIn(month: month, year: year) else { return false }
        if i == b.count { return true }
        let separator = b[i]
        guard separator == 0x54 || separator == 0x74 || separator == 0x20 else { return false }
        i += 1
        guard let hour = number(), hour < 24, expect(0x3A), let minute = number(), minute < 60, expect(0x3A),
              let second = number(), second < 60 else { return false }
        // Fractional seconds: '.' or ',' then any number of digits.
        if i + 1 < b.count, b[i] == 0x2E || b[i] == 0x2C, isDigit(i + 1) {
            i += 1
            while isDigit(i) { i += 1 }
        }
        if separator == 0x20 { return i == b.count }
        // Z07:00: "Z" or ±hh:mm.
        if i < b.count, b[i] == 0x5A { return i + 1 == b.count }
        guard b.count - i == 6, b[i] == 0x2B || b[i] == 0x2D, isDigit(i + 1), isDigit(i + 2), b[i + 3] == 0x3A,
              isDigit(i + 4), isDigit(i + 5) else { return false }
        let tzHour = Int(b[i + 1] - 0x30) * 10 + Int(b[i + 2] - 0x30)
        let tzMinute = Int(b[i + 4] - 0x30) * 10 + Int(b[i + 5] - 0x30)
        return tzHour <= 24 && tzMinute <= 60
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
