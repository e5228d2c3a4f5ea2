import Crypto
import Foundation

/// Sprig's `derivePassword`: the Master Password algorithm (scrypt N=32768, r=8, p=2 over
/// the user, HMAC-SHA256 over the site, then a password template), so outputs match Sprig's.
enum SprigDerivePassword {
    static let seed = Array("com.lyndir.masterpassword".utf8)

    static let templates: [String: [String]] = [
        "maximum": ["anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"],
        "long": ["CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv", "CvccCvcvnoCvcv",
                 "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno", "CvcvnoCvcvCvcc",
                 "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv", "CvccCvccCvcvno",
                 "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc", "CvccCvcvnoCvcc",
                 "CvccCvcvCvccno"],
        "medium": ["CvcnoCvc", "CvcCvcno"],
        "short": ["Cvcn"],
        "basic": ["aaanaaan", "aannaaan", "aaannaaa"],
        "pin": ["nnnn"],
    ]

    static let characters: [Character: [UInt8]] = [
        "V": Array("AEIOU".utf8),
        "C": Array("BCDFGHJKLMNPQRSTVWXYZ".utf8),
        "v": Array("aeiou".utf8),
        "c": Array("bcdfghjklmnpqrstvwxyz".utf8),
        "A": Array("AEIOUBCDFGHJKLMNPQRSTVWXYZ".utf8),
        "a": Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz".utf8),
        "n": Array("0123456789".utf8),
        "o": Array("@&%?,=[]_:-+*$#!'^~;()/.".utf8),
        "x": Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()".utf8),
    ]

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: String] = [:]

    static func derive(counter: UInt32, type: String, password: String, user: String, site: String) -> String {
        guard let temps = templates[type] else { return "cannot find password template \(type)" }
        let cacheKey = "\(counter)\u{0}\(type)\u{0}\(password)\u{0}\(user)\u{0}\(site)"
        lock.lock()
        if let hit = cache[cacheKey] { lock.unlock(); return hit }
        lock.unlock()
        func be32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 255), UInt8(v >> 8 & 255), UInt8(v & 255)] }
        let salt = seed + be32(UInt32(user.utf8.count)) + Array(user.utf8)
        let key = Scrypt.derive(password: Array(password.utf8), salt: salt, n: 32768, r: 8, p: 2, length: 64)
        let message = seed + be32(UInt32(site.utf8.count)) + Array(site.utf8) + be32(counter)
        let mac = Array(HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
        let temp = Array(temps[Int(mac[0]) % temps.count])
        var out: [UInt8] = []
        for (i, element) in temp.enumerated() {
            let chars = characters[element] ?? []
            guard !chars.isEmpty, i + 1 < mac.count else { continue }
            out.append(chars[Int(mac[i + 1]) % chars.count])
        }
        let result = String(decoding: out, as: UTF8.self)
        lock.lock(); cache[cacheKey] = result; lock.unlock()
        return result
    }
}

/// scrypt (RFC 7914) on top of swift-crypto's HMAC-SHA256.
enum Scrypt {
    static func pbkdf2(password: [UInt8], salt: [UInt8], length: Int) -> [UInt8] {
        let key = SymmetricKey(data: password)
        var out: [UInt8] = []
        var block: UInt32 = 1
        while out.count < length {
            let input = salt + [UInt8(block >> 24), UInt8(block >> 16 & 255), UInt8(block >> 8 & 255), UInt8(block & 255)]
            out += Array(HMAC<SHA256>.authenticationCode(for: input, using: key))
            block += 1
        }
        return Array(out.prefix(length))
    }

    static func derive(password: [UInt8], salt: [UInt8], n: Int, r: Int, p: Int, length: Int) -> [UInt8] {
        let blockBytes = 128 * r
        var b = pbkdf2(password: password, salt: salt, length: p * blockBytes)
        let words = 32 * r
        var v = [UInt32](repeating: 0, count: n * words)
        var x = [UInt32](repeating: 0, count: words)
        var y = [UInt32](repeating: 0, count: words)
        for i in 0..<p {
            let base = i * blockBytes
            for k in 0..<words {
                let o = base + 4 * k
                x[k] = UInt32(b[o]) | UInt32(b[o + 1]) << 8 | UInt32(b[o + 2]) << 16 | UInt32(b[o + 3]) << 24
            }
            for j in 0..<n {
                v.withUnsafeMutableBufferPointer { vp in
                    for k in 0..<words { vp[j * words + k] = x[k] }
                }
                blockMix(&x, &y, r)
            }
            for _ in 0..<n {
                let j = Int(x[(2 * r - 1) * 16]) & (n - 1)
                v.withUnsafeBufferPointer { vp in
                    for k in 0..<words { x[k] ^= vp[j * words + k] }
                }
                blockMix(&x, &y, r)
            }
            for k in 0..<words {
                let o = base + 4 * k
                b[o] = UInt8(x[k] & 255); b[o + 1] = UInt8(x[k] >> 8 & 255)
                b[o + 2] = UInt8(x[k] >> 16 & 255); b[o + 3] = UInt8(x[k] >> 24)
            }
        }
        return pbkdf2(password: password, salt: b, length: length)
    }

    private static func blockMix(_ b: inout [UInt32], _ y: inout [UInt32], _ r: Int) {
        var x = [UInt32](b[((2 * r - 1) * 16)..<((2 * r) * 16)])
        for i in 0..<(2 * r) {
            for k in 0..<16 { x[k] ^= b[i * 16 + k] }
            salsa8(&x)
            // Even blocks go to the first half, odd blocks to the second.
            let dest = (i % 2 == 0 ? i / 2 : r + i / 2) * 16
            for k in 0..<16 { y[dest + k] = x[k] }
        }
        swap(&b, &y)
    }

    private static func salsa8(_ b: inout [UInt32]) {
        var x = b
        @inline(__always) func rotl(_ a: UInt32, _ n: UInt32) -> UInt32 { (a << n) | (a >> (32 - n)) }
        for _ in 0..<4 {
            x[4] ^= rotl(x[0] &+ x[12], 7); x[8] ^= rotl(x[4] &+ x[0], 9)
            x[12] ^= rotl(x[8] &+ x[4], 13); x[0] ^= rotl(x[12] &+ x[8], 18)
            x[9] ^= rotl(x[5] &+ x[1], 7); x[13] ^= rotl(x[9] &+ x[5], 9)
            x[1] ^= rotl(x[13] &+ x[9], 13); x[5] ^= rotl(x[1] &+ x[13], 18)
            x[14] ^= rotl(x[10] &+ x[6], 7); x[2] ^= rotl(x[14] &+ x[10], 9)
            x[6] ^= rotl(x[2] &+ x[14], 13); x[10] ^= rotl(x[6] &+ x[2], 18)
            x[3] ^= rotl(x[15] &+ x[11], 7); x[7] ^= rotl(x[3] &+ x[15], 9)
            x[11] ^= rotl(x[7] &+ x[3], 13); x[15] ^= rotl(x[11] &+ x[7], 18)
            x[1] ^= rotl(x[0] &+ x[3], 7); x[2] ^= rotl(x[1] &+ x[0], 9)
            x[3] ^= rotl(x[2] &+ x[1], 13); x[0] ^= rotl(x[3] &+ x[2], 18)
            x[6] ^= rotl(x[5] &+ x[4], 7); x[7] ^= rotl(x[6] &+ x[5], 9)
            x[4] ^= rotl(x[7] &+ x[6], 13); x[5] ^= rotl(x[4] &+ x[7], 18)
            x[11] ^= rotl(x[10] &+ x[9], 7); x[8] ^= rotl(x[11] &+ x[10], 9)
            x[9] ^= rotl(x[8] &+ x[11], 13); x[10] ^= rotl(x[9] &+ x[8], 18)
            x[12] ^= rotl(x[15] &+ x[14], 7); x[13] ^= rotl(x[12] &+ x[15], 9)
            x[14] ^= rotl(x[13] &+ x[12], 13); x[15] ^= rotl(x[14] &+ x[13], 18)
        }
        for i in 0..<16 { b[i] = b[i] &+ x[i] }
    }
}
