#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Go's `strconv.FormatFloat` and the float printing built on it (`fmt`'s `%v`/`%g`/`%e`/`%f`,
/// encoding/json's ES6-style numbers, goyaml.v2's plain floats).
///
/// Shortest digits come from Swift's `description` (shortest round-trip digits, as Go's Ryū);
/// digits for an explicit precision come from C's correctly rounded `%.*e`, which rounds the
/// exact binary value half-to-even just like Go's decimal conversion. Both are then laid out
/// the way Go's `ftoa.go` lays them out.
public enum GoFloatFormat {
    /// The `fmt` byte of `strconv.FormatFloat`.
    public enum Verb: UInt8, Sendable {
        case e = 0x65, E = 0x45, f = 0x66, g = 0x67, G = 0x47
    }

    /// `strconv.FormatFloat(x, verb, precision, bitSize)`; precision -1 means shortest.
    public static func format(_ x: Double, verb: Verb = .g, precision: Int = -1, bitSize: Int = 64) -> String {
        var out: [UInt8] = []
        append(x, verb: verb, precision: precision, bitSize: bitSize, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// What `fmt.Sprint` (`%v`) prints for a float64: `1e+06`, `1.5`, `2.5e-07`.
    public static func goString(_ x: Double) -> String { format(x, verb: .g) }

    /// encoding/json's float64 text (`1e-7`, `100000000000000000000`, `1e+21`), or nil for
    /// NaN and ±Inf, which encoding/json refuses ("json: unsupported value: NaN").
    public static func json(_ x: Double) -> String? {
        guard x.isFinite else { return nil }
        var out: [UInt8] = []
        appendJSON(x, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Go's spelling of a non-finite float: `NaN`, `+Inf`, `-Inf`.
    static func nonFiniteName(_ x: Double) -> String {
        x.isNaN ? "NaN" : (x < 0 ? "-Inf" : "+Inf")
    }

    /// Appends encoding/json's text for a finite float; callers check `isFinite` first.
    static func appendJSON(_ x: Double, to out: inout [UInt8]) {
        let a = abs(x)
        let useExp = a != 0 && (a < 1e-6 || a >= 1e21)
        let start = out.count
        append(x, verb: useExp ? .e : .f, precision: -1, bitSize: 64, to: &out)
        // encoding/json turns e-07 into e-7 (only negative two-digit exponents with a 0).
        let n = out.count - start
        if useExp, n >= 4, out[out.count - 4] == 0x65, out[out.count - 3] == 0x2D, out[out.count - 2] == 0x30 {
            out[out.count - 2] = out[out.count - 1]
            out.removeLast()
        }
    }

    static func append(_ x: Double, verb: Verb, precision: Int, bitSize: Int, to out: inout [UInt8]) {
        if x.isNaN { out.append(contentsOf: Array("NaN".utf8)); return }
        if x.isInfinite { out.append(contentsOf: Array((x < 0 ? "-Inf" : "+Inf").utf8)); return }
        let negative = x.sign == .minus
        var digits: DecimalDigits
        let shortest = precision < 0
        var prec = precision
        if shortest {
            digits = shortestDigits(abs(x), bitSize: bitSize)
            switch verb {
            case .e, .E: prec = digits.count - 1
            case .f: prec = max(digits.count - digits.point, 0)
            case .g, .G: prec = digits.count
            }
        } else {
            switch verb {
            case .e, .E: digits = roundedDigits(abs(x), significant: prec + 1, bitSize: bitSize)
            case .f: digits = fixedDigits(abs(x), fraction: prec, bitSize: bitSize)
            case .g, .G:
                if prec == 0 { prec = 1 }
                digits = roundedDigits(abs(x), significant: prec, bitSize: bitSize)
            }
        }
        switch verb {
        case .e, .E:
            formatE(negative, digits, prec, verb == .E ? 0x45 : 0x65, &out)
        case .f:
            formatF(negative, digits, prec, &out)
        case .g, .G:
            var eprec = prec
            if eprec > digits.count && digits.count >= digits.point { eprec = digits.count }
            if shortest { eprec = 6 }
            let exp = digits.point - 1
            if exp < -4 || exp >= eprec {
                if prec > digits.count { prec = digits.count }
                formatE(negative, digits, prec - 1, verb == .G ? 0x45 : 0x65, &out)
            } else {
                if prec > digits.point { prec = digits.count }
                formatF(negative, digits, max(prec - digits.point, 0), &out)
            }
        }
    }

    /// Decimal digits `0.d1d2d3… × 10^point` without leading or trailing zeros (Go's `decimalSlice`).
    struct DecimalDigits {
        var d: [UInt8] = []
        var point = 0
        var count: Int { d.count }
    }

    /// Parses the digits out of a number printed as `123.45`, `1.5e-07` or `1e+16`.
    private static func parseDigits(_ text: some Sequence<UInt8>) -> DecimalDigits {
        var result = DecimalDigits()
        var intDigits = 0
        var seenPoint = false
        var exponent = 0
        var expSign = 1
        var inExponent = false
        for c in text {
            if inExponent {
                if c == 0x2D { expSign = -1 } else if c >= 0x30 && c <= 0x39 { exponent = exponent * 10 + Int(c - 0x30) }
                continue
            }
            switch c {
            case 0x30...0x39:
                result.d.append(c)
                if !seenPoint { intDigits += 1 }
            case 0x2E: seenPoint = true
            case 0x65, 0x45: inExponent = true
            default: break
            }
        }
        result.point = intDigits + expSign * exponent
        var lead = 0
        while lead < result.d.count && result.d[lead] == 0x30 { lead += 1 }
        result.d.removeFirst(lead)
        result.point -= lead
        while let last = result.d.last, last == 0x30 { result.d.removeLast() }
        if result.d.isEmpty { result.point = 0 }
        return result
    }

    private static func shortestDigits(_ a: Double, bitSize: Int) -> DecimalDigits {
        if a == 0 { return DecimalDigits() }
        if bitSize == 32 { return parseDigits(Float(a).description.utf8) }
        return parseDigits(a.description.utf8)
    }

    /// Correctly rounded digits to `significant` significant figures.
    private static func roundedDigits(_ a: Double, significant: Int, bitSize: Int) -> DecimalDigits {
        let value = bitSize == 32 ? Double(Float(a)) : a
        if value == 0 { return DecimalDigits() }
        return parseDigits(cFormat("%.*e", max(significant - 1, 0), value))
    }

    private static func fixedDigits(_ a: Double, fraction: Int, bitSize: Int) -> DecimalDigits {
        let value = bitSize == 32 ? Double(Float(a)) : a
        return parseDigits(cFormat("%.*f", fraction, value))
    }

    private static func cFormat(_ format: String, _ precision: Int, _ value: Double) -> [UInt8] {
        let p = Int32(clamping: min(precision, 1100))
        var buffer = [CChar](repeating: 0, count: 1500)
        let written = withVaList([p, value]) { args in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, $0.count, format, args) }
        }
        let n = max(0, min(Int(written), buffer.count - 1))
        return buffer[0..<n].map { UInt8(bitPattern: $0) }
    }

    /// Go's `fmtE`: d.ddddde±dd.
    private static func formatE(_ negative: Bool, _ digits: DecimalDigits, _ prec: Int, _ letter: UInt8, _ out: inout [UInt8]) {
        if negative { out.append(0x2D) }
        out.append(digits.count == 0 ? 0x30 : digits.d[0])
        if prec > 0 {
            out.append(0x2E)
            var i = 1
            let m = min(digits.count, prec + 1)
            while i < m { out.append(digits.d[i]); i += 1 }
            while i <= prec { out.append(0x30); i += 1 }
        }
        out.append(letter)
        var exp = digits.count == 0 ? 0 : digits.point - 1
        if exp < 0 { out.append(0x2D); exp = -exp } else { out.append(0x2B) }
        if exp < 10 {
            out.append(0x30); out.append(UInt8(exp) + 0x30)
        } else if exp < 100 {
            out.append(UInt8(exp / 10) + 0x30); out.append(UInt8(exp % 10) + 0x30)
        } else {
            out.append(UInt8(exp / 100) + 0x30); out.append(UInt8(exp / 10 % 10) + 0x30); out.append(UInt8(exp % 10) + 0x30)
        }
    }

    /// Go's `fmtF`: ddd.ddd with `prec` fraction digits.
    private static func formatF(_ negative: Bool, _ digits: DecimalDigits, _ prec: Int, _ out: inout [UInt8]) {
        if negative { out.append(0x2D) }
        if digits.point > 0 {
            let m = min(digits.count, digits.point)
            out.append(contentsOf: digits.d[0..<m])
            if m < digits.point { out.append(contentsOf: repeatElement(0x30, count: digits.point - m)) }
        } else {
            out.append(0x30)
        }
        if prec > 0 {
            out.append(0x2E)
            for i in 1...prec {
                let j = digits.point + i - 1
                out.append(j >= 0 && j < digits.count ? digits.d[j] : 0x30)
            }
        }
    }
}
