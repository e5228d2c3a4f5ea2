import Crypto

/// Sprig's encodings and checksums.
enum SprigEncoding {
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    static func sha1(_ s: String) -> String { hex(Insecure.SHA1.hash(data: Array(s.utf8))) }
    static func sha256(_ s: String) -> String { hex(SHA256.hash(data: Array(s.utf8))) }
    static func sha512(_ s: String) -> String { hex(SHA512.hash(data: Array(s.utf8))) }

    static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for d in data {
            a = (a + UInt32(d)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }

    /// `b64dec`: the decoded text, or Go's error text in its place (as Sprig returns it).
    static func base64Decode(_ s: String) -> String {
        if let bytes = Base64.decode(s) { return String(decoding: bytes, as: UTF8.self) }
        return "illegal base64 data at input byte \(firstBadBase64Byte(s))"
    }

    private static func firstBadBase64Byte(_ s: String) -> Int {
        let bytes = Array(s.utf8)
        for (i, b) in bytes.enumerated() {
            let ok = (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39) || b == 0x2b || b == 0x2f
            if !ok {
                if b == UInt8(ascii: "=") && i >= bytes.count - 2 && i % 4 >= 2 { continue }
                return i
            }
        }
        return bytes.count - bytes.count % 4
    }

    private static let base32Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    static func base32Encode(_ data: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < data.count {
            let chunk = Array(data[i..<min(i + 5, data.count)])
            var buf = [UInt8](repeating: 0, count: 5)
            for (k, b) in chunk.enumerated() { buf[k] = b }
            var bits: UInt64 = 0
            for b in buf { bits = bits << 8 | UInt64(b) }
            let outChars = [0, 2, 4, 5, 7, 8][chunk.count]
            for k in 0..<8 {
                if k < outChars {
                    out.append(base32Alphabet[Int((bits >> UInt64(35 - k * 5)) & 31)])
                } else {
                    out.append(UInt8(ascii: "="))
                }
            }
            i += 5
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func base32Decode(_ s: String) -> String {
        var table = [Int](repeating: -1, count: 256)
        for (i, c) in base32Alphabet.enumerated() { table[Int(c)] = i }
        let input = Array(s.utf8).filter { $0 != 10 && $0 != 13 }
        guard input.count % 8 == 0 else { return "illegal base32 data at input byte \(input.count / 8 * 8)" }
        var out: [UInt8] = []
        var i = 0
        while i < input.count {
            var bits: UInt64 = 0
            var valid = 0
            for k in 0..<8 {
                let c = input[i + k]
                if c == UInt8(ascii: "=") { bits <<= 5; continue }
                guard table[Int(c)] >= 0 else { return "illegal base32 data at input byte \(i + k)" }
                bits = bits << 5 | UInt64(table[Int(c)])
                valid += 1
            }
            let bytes = [0, 0, 1, 1, 2, 3, 3, 4, 5][valid]
            for k in 0..<bytes { out.append(UInt8((bits >> UInt64(32 - k * 8)) & 255)) }
            i += 8
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Go's `path` package (Sprig's `base`, `dir`, `clean`, `ext`; `os…` are the same on Linux).
enum GoPath {
    static func clean(_ path: String) -> String {
        if path.isEmpty { return "." }
        let rooted = path.hasPrefix("/")
        var parts: [Substring] = []
        for p in path.split(separator: "/", omittingEmptySubsequences: true) {
            if p == "." { continue }
            if p == ".." {
                if let last = parts.last, last != ".." { parts.removeLast() }
                else if !rooted { parts.append(p) }
                continue
            }
            parts.append(p)
        }
        let joined = parts.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    static func base(_ path: String) -> String {
        if path.isEmpty { return "." }
        var p = Substring(path)
        while p.count > 1 && p.hasSuffix("/") { p = p.dropLast() }
        if p == "/" { return "/" }
        if let i = p.lastIndex(of: "/") { p = p[p.index(after: i)...] }
        return p.isEmpty ? "/" : String(p)
    }

    static func dir(_ path: String) -> String {
        guard let i = path.lastIndex(of: "/") else { return clean("") == "." ? "." : "." }
        return clean(String(path[...i]))
    }

    static func ext(_ path: String) -> String {
        var i = path.utf8.count - 1
        let b = Array(path.utf8)
        while i >= 0 && b[i] != UInt8(ascii: "/") {
            if b[i] == UInt8(ascii: ".") { return String(decoding: b[i...], as: UTF8.self) }
            i -= 1
        }
        return ""
    }
}

extension NumberLiteral {
    /// strconv.Atoi (base 10, optional sign).
    static func parseSigned10(_ s: String) -> Int64? {
        var body = Substring(s)
        var negative = false
        if body.hasPrefix("+") { body = body.dropFirst() } else if body.hasPrefix("-") { negative = true; body = body.dropFirst() }
        guard !body.isEmpty, body.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let v = Int64(body) else { return nil }
        return negative ? -v : v
    }
}
