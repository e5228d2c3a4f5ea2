/// Standard-alphabet base64 decoding that accepts both padded text (SOPS values, armor) and
/// unpadded text (age headers), rejecting foreign characters and bad padding rather than skipping them.
enum Base64Bytes {
    private static let table: [Int8] = {
        var t = [Int8](repeating: -1, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            t[Int(c)] = Int8(i)
        }
        return t
    }()

    static func decode<S: Collection>(_ text: S) -> [UInt8]? where S.Element == UInt8 {
        var chars = Array(text)
        var padding = 0
        while chars.last == UInt8(ascii: "=") { chars.removeLast(); padding += 1 }
        guard padding <= 2 else { return nil }
        if padding > 0, (chars.count + padding) % 4 != 0 { return nil }
        guard chars.count % 4 != 1 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(chars.count * 3 / 4)
        var acc: UInt32 = 0, bits = 0
        for c in chars {
            let v = table[Int(c)]
            guard v >= 0 else { return nil }
            acc = (acc << 6) | UInt32(v)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((acc >> UInt32(bits)) & 0xff))
            }
        }
        // Like Go's non-strict decoder, nonzero unused low bits are ignored.
        return out
    }
}
