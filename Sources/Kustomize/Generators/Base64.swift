/// Standard base64 with padding, and kyaml's 70-column wrapping for generated data.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 2 < bytes.count {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], alphabet[Int(n & 63)]]
            i += 3
        }
        let rest = bytes.count - i
        if rest == 1 {
            let n = UInt32(bytes[i]) << 16
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], UInt8(ascii: "="), UInt8(ascii: "=")]
        } else if rest == 2 {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], UInt8(ascii: "=")]
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// kyaml `encodeBase64`: lines of 70 characters, each ending in a newline once the
    /// text is long enough to need more than one.
    static func encodeWrapped(_ bytes: [UInt8]) -> String {
        let enc = Array(encode(bytes).utf8)
        let lines = enc.count / 70 + 1
        if lines <= 1 { return String(decoding: enc, as: UTF8.self) }
        var out: [UInt8] = []
        var i = 0
        while i < enc.count {
            let j = min(i + 70, enc.count)
            out += enc[i..<j]
            out.append(UInt8(ascii: "\n"))
            i += 70
        }
        return String(decoding: out, as: UTF8.self)
    }
}
