/// A directory name for a remote URL: a readable slug plus a hash of the exact URL, so two
/// URLs never share a mirror even when their slugs collide.
enum CacheKey {
    static func make(_ url: String) -> String {
        var body = Substring(url)
        if let scheme = body.range(of: "://") { body = body[scheme.upperBound...] }
        var slug = ""
        var lastWasDash = false
        for scalar in body.lowercased().unicodeScalars {
            let keep = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "." || scalar == "_"
            if keep {
                slug.unicodeScalars.append(scalar)
                lastWasDash = false
            } else if !lastWasDash {
                slug += "-"
                lastWasDash = true
            }
        }
        slug = String(slug.trimmingDashesAndDots().suffix(60))
        return (slug.isEmpty ? "repo" : slug) + "-" + fnv1a(url)
    }

    /// FNV-1a 64-bit, as 16 hex digits.
    static func fnv1a(_ s: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in s.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

private extension String {
    func trimmingDashesAndDots() -> String {
        var s = Substring(self)
        while let c = s.first, c == "-" || c == "." { s = s.dropFirst() }
        while let c = s.last, c == "-" || c == "." { s = s.dropLast() }
        return String(s)
    }
}
