import Foundation

/// Sprig's integer and float math (`numeric.go`): integer functions coerce with
/// `cast.ToInt64`; the `…f` family computes in decimal (shopspring/decimal) as Sprig does.
enum SprigMath {
    static func divide(_ a: Int64, _ b: Int64) throws -> Int64 {
        guard b != 0 else { throw TemplateFunctionError("runtime error: integer divide by zero") }
        if a == Int64.min && b == -1 { return Int64.min }
        return a / b
    }

    static func modulo(_ a: Int64, _ b: Int64) throws -> Int64 {
        guard b != 0 else { throw TemplateFunctionError("runtime error: integer divide by zero") }
        if b == -1 { return 0 }
        return a % b
    }

    /// shopspring `NewFromFloat`: the shortest decimal that round-trips.
    static func decimal(_ f: Double) -> Decimal {
        guard f.isFinite else { return Decimal(0) }
        let (digits, dp) = GoFloat.shortestDigits(f)
        let text = (f < 0 ? "-" : "") + "0." + String(decoding: digits, as: UTF8.self) + "e\(dp)"
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(f)
    }

    static func double(_ d: Decimal) -> Double {
        Double(NSDecimalNumber(decimal: d).stringValue) ?? 0
    }

    enum Op { case add, sub, mul, div }

    /// `execDecimalOp`: folds `rest` into `first` with the operation, in decimal.
    static func decimalFold(_ first: TemplateValue, _ rest: [TemplateValue], _ op: Op) -> Double {
        var acc = decimal(Cast.toFloat64(first))
        for x in rest {
            let d = decimal(Cast.toFloat64(x))
            switch op {
            case .add: acc += d
            case .sub: acc -= d
            case .mul: acc *= d
            case .div:
                if d == 0 { return 0 }
                var q = acc / d
                var rounded = Decimal()
                NSDecimalRound(&rounded, &q, 16, .plain)
                acc = rounded
            }
        }
        return double(acc)
    }

    /// Sprig `round(a, p, roundOn = .5)`.
    static func round(_ a: TemplateValue, _ places: Int, _ roundOn: Double) -> Double {
        let val = Cast.toFloat64(a)
        let pow = Foundation.pow(10, Double(places))
        let digit = pow * val
        let frac = digit - digit.rounded(.towardZero)
        let r = frac >= roundOn ? digit.rounded(.up) : digit.rounded(.down)
        return r / pow
    }

    /// `toDecimal`: the value's text read as an octal number (0 when it is not one).
    static func toDecimal(_ v: TemplateValue) -> Int64 {
        let text = GoFormatter.sprint([v])
        var s = Substring(text)
        var negative = false
        if s.hasPrefix("-") { negative = true; s = s.dropFirst() } else if s.hasPrefix("+") { s = s.dropFirst() }
        guard !s.isEmpty, let u = Int64(s, radix: 8) else { return 0 }
        return negative ? -u : u
    }
}
