/// goyaml.v2's map key order (`keyList.Less` in sorter.go) for string keys: letters compare
/// by code point, a letter sorts after a non-letter, and runs of digits compare as numbers
/// (`a9` < `a10`), so the order is "natural", not bytewise.
struct GoKeyOrder {
    /// A key prepared once for many comparisons.
    struct Key {
        let text: String
        let isASCII: Bool
        init(_ s: String) {
            text = s
            isASCII = s.utf8.allSatisfy { $0 < 0x80 }
        }
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
        if a.isASCII && b.isASCII {
            let result = a.text.utf8.withContiguousStorageIfAvailable { pa in
                b.text.utf8.withContiguousStorageIfAvailable { pb in lessASCII(pa, pb) }
            }
            if let result = result ?? nil { return result }
        }
        return less(Array(a.text.unicodeScalars), Array(b.text.unicodeScalars))
    }

    /// The same rules on ASCII bytes, without allocating.
    private static func lessASCII(_ ar: UnsafeBufferPointer<UInt8>, _ br: UnsafeBufferPointer<UInt8>) -> Bool {
        func letter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
        func digit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        var i = 0
        while i < ar.count && i < br.count {
            if ar[i] == br[i] { i += 1; continue }
            let al = letter(ar[i]), bl = letter(br[i])
            if al && bl { return ar[i] < br[i] }
            if al || bl { return bl }
            var an: Int64 = 0, bn: Int64 = 0
            if ar[i] == 48 || br[i] == 48 {
                var j = i - 1
                while j >= 0 && digit(ar[j]) {
                    if ar[j] != 48 { an = 1; bn = 1; break }
                    j -= 1
                }
            }
            var ai = i
            while ai < ar.count && digit(ar[ai]) { an = an &* 10 &+ Int64(ar[ai] - 48); ai += 1 }
            var bi = i
            while bi < br.count && digit(br[bi]) { bn = bn &* 10 &+ Int64(br[bi] - 48); bi += 1 }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return ar[i] < br[i]
        }
        return ar.count < br.count
    }

    private static func less(_ ar: [Unicode.Scalar], _ br: [Unicode.Scalar]) -> Bool {
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
