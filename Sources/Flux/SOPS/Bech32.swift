/// Bech32 (BIP 173, not bech32m) as age uses it for `age1…` recipients and
/// `AGE-SECRET-KEY-1…` identities. Age allows strings longer than BIP 173's 90 characters.
enum Bech32 {
    private static let charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)

    private static let reverse: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (i, c) in charset.enumerated() { table[Int(c)] = Int8(i) }
        return table
    }()

    private static func polymod(_ values: [UInt8]) -> UInt32 {
        let gen: [UInt32] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3]
        var chk: UInt32 = 1
        for v in values {
            let top = chk >> 25
            chk = (chk & 0x1ff_ffff) << 5 ^ UInt32(v)
            for i in 0..<5 where (top >> UInt32(i)) & 1 == 1 { chk ^= gen[i] }
        }
        return chk
    }

    private static func expandHRP(_ hrp: [UInt8]) -> [UInt8] {
        hrp.map { $0 >> 5 } + [0] + hrp.map { $0 & 31 }
    }

    /// Decodes a bech32 string into its (lowercased) human-readable part and 8-bit data,
    /// or nil when the string is malformed or its checksum is wrong. Mixed case is rejected.
    static func decode(_ text: String) -> (hrp: String, data: [UInt8])? {
        let lower = text.lowercased(), upper = text.uppercased()
        guard text == lower || text == upper else { return nil }
        let bytes = Array(lower.utf8)
        guard let sep = bytes.lastIndex(of: UInt8(ascii: "1")), sep >= 1, bytes.count - sep - 1 >= 6 else { return nil }
        let hrp = Array(bytes[..<sep])
        guard hrp.allSatisfy({ $0 >= 33 && $0 <= 126 }) else { return nil }
        var values: [UInt8] = []
        values.reserveCapacity(bytes.count - sep - 1)
        for c in bytes[(sep + 1)...] {
            guard c < 128, reverse[Int(c)] >= 0 else { return nil }
            values.append(UInt8(reverse[Int(c)]))
        }
        guard polymod(expandHRP(hrp) + values) == 1 else { return nil }
        guard let data = convertBits(Array(values.dropLast(6)), from: 5, to: 8, pad: false) else { return nil }
        return (String(decoding: hrp, as: UTF8.self), data)
    }

    /// Encodes 8-bit data under a (lowercase) human-readable part.
    static func encode(hrp: String, data: [UInt8]) -> String {
        let h = Array(hrp.utf8)
        let values = convertBits(data, from: 8, to: 5, pad: true) ?? []
        let mod = polymod(expandHRP(h) + values + [0, 0, 0, 0, 0, 0]) ^ 1
        var out = h
        out.append(UInt8(ascii: "1"))
        for v in values { out.append(charset[Int(v)]) }
        for i in 0..<6 { out.append(charset[Int((mod >> UInt32(5 * (5 - i))) & 31)]) }
        return String(decoding: out, as: UTF8.self)
    }

    private static func convertBits(_ data: [UInt8], from: Int, to: Int, pad: Bool) -> [UInt8]? {
        var acc = 0, bits = 0
        let maxv = (1 << to) - 1
        var out: [UInt8] = []
        for value in data {
            guard Int(value) >> from == 0 else { return nil }
            acc = (acc << from) | Int(value)
            bits += from
            while bits >= to {
                bits -= to
                out.append(UInt8((acc >> bits) & maxv))
            }
        }
        if pad {
            if bits > 0 { out.append(UInt8((acc << (to - bits)) & maxv)) }
        } else if bits >= from || (acc << (to - bits)) & maxv != 0 {
            return nil
        }
        return out
    }
}
