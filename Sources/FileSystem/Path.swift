/// Pure string path helpers ('/'-separated, POSIX semantics, no file system access).
public enum Path {
    public static func join(_ base: String, _ rel: String) -> String {
        if rel.hasPrefix("/") { return clean(rel) }
        if base.isEmpty { return clean(rel) }
        return clean(base + "/" + rel)
    }

    /// Lexical cleaning as Go's `filepath.Clean`: collapses `//`, `.` and `..`.
    public static func clean(_ path: String) -> String {
        isClean(path) ? path : lexicallyCleaned(path)
    }

    /// The cleaning itself, component by component.
    static func lexicallyCleaned(_ path: String) -> String {
        if path.isEmpty { return "." }
        let rooted = path.hasPrefix("/")
        var parts: [Substring] = []
        for comp in path.split(separator: "/", omittingEmptySubsequences: true) {
            if comp == "." { continue }
            if comp == ".." {
                if let last = parts.last, last != ".." { parts.removeLast() }
                else if !rooted { parts.append(comp) }
                continue
            }
            parts.append(comp)
        }
        let body = parts.joined(separator: "/")
        if rooted { return "/" + body }
        return body.isEmpty ? "." : body
    }

    /// Whether `path` is already clean: no empty, `.` or `..` component and no trailing slash
    /// (so "." and "..", clean as they are, answer false and take the long way). Joining clean paths is most of what the loaders do, and this check
    /// spares them the split and re-join.
    static func isClean(_ path: String) -> Bool {
        if path == "/" { return true }
        if path.isEmpty { return false }
        var position = 0
        var componentLength = 0
        var componentIsDots = true
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                // An empty component ("//", or a leading "/" is fine only at position 0),
                // or a "." / ".." component, needs cleaning.
                if componentLength == 0 && position > 0 { return false }
                if componentLength > 0 && componentIsDots && componentLength <= 2 { return false }
                componentLength = 0
                componentIsDots = true
            } else {
                componentLength += 1
                if byte != UInt8(ascii: ".") { componentIsDots = false }
            }
            position += 1
        }
        // A trailing slash or a final "." / ".." component needs cleaning too.
        if componentLength == 0 { return false }
        return !(componentIsDots && componentLength <= 2)
    }

    public static func dirname(_ path: String) -> String {
        let c = clean(path)
        guard let idx = c.lastIndex(of: "/") else { return "." }
        if idx == c.startIndex { return "/" }
        return String(c[..<idx])
    }

    public static func basename(_ path: String) -> String {
        let c = clean(path)
        if c == "/" { return "/" }
        guard let idx = c.lastIndex(of: "/") else { return c }
        return String(c[c.index(after: idx)...])
    }

    /// Whether `path` is `dir` or lies inside it (both cleaned, absolute).
    public static func isWithin(_ path: String, _ dir: String) -> Bool {
        let p = clean(path), d = clean(dir)
        if d == "/" { return p.hasPrefix("/") }
        return p == d || p.hasPrefix(d + "/")
    }

    /// `path` relative to `base`, as Go's `filepath.Rel` for two absolute cleaned paths.
    public static func relative(_ path: String, to base: String) -> String {
        let p = clean(path).split(separator: "/"), b = clean(base).split(separator: "/")
        var i = 0
        while i < p.count, i < b.count, p[i] == b[i] { i += 1 }
        let ups = Array(repeating: "..", count: b.count - i)
        let rest = p[i...].map(String.init)
        let all = ups + rest
        return all.isEmpty ? "." : all.joined(separator: "/")
    }
}
