/// goyaml.v2's map key order (`keyList.Less` in sorter.go) for string keys: letters compare
/// by code point, a letter sorts after a non-letter, and runs of digits compare as numbers
/// (`a9` < `a10`), so the order is "natural", not bytewise.
struct GoKeyOrder {
    /// A key prepared once for many comparisons.
    struct Key {
        let scalars: [Unicode.Scalar]
        init(_ s: String) { scalars = Array(s.unicodeScalars) }
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value >= 48 && c.value <= 57 }
        return c.properties.generalCategory == .decimalNumber
    }

    static func less(_ a: Key, _ b: Key) -> Bool {
        let ar = a.scalars, br = b.scalars
        var i = 0
        while i < ar.count && i < br.count {
            if ar[i] == br[i] { i += 1; continue }
            let al = isLetter(ar[i]), bl = isLetter(br[i])
            if al && bl { return ar[i].value < br[i].value }
            if al || bl { return bl }
            var an: Int64 = 0, bn: Int64 = 0
            if ar[i] == "0" || br[i] == "0" {
                var j = i - 1
                while j >= 0 && isDigit(ar[j]) {
                    if ar[j] != "0" { an = 1; bn = 1; break }
                    j -= 1
                }
            }
            var ai = i
            while ai < ar.count && isDigit(ar[ai]) {
                an = an &* 10 &+ Int64(Int32(bitPattern: ar[ai].value &- 48))
                ai += 1
            }
            var bi = i
            while bi < br.count && isDigit(br[bi]) {
                bn = bn &* 10 &+ Int64(Int32(bitPattern: br[bi].value &- 48))
                bi += 1
            }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return ar[i].value < br[i].value
        }
        return ar.count < br.count
    }
}
