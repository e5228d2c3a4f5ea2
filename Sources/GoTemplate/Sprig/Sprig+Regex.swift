import Foundation

/// Sprig's regex functions with Go RE2 semantics on top of NSRegularExpression: patterns are
/// translated (`$` without `(?m)` is end of text, `(?P<n>` is a named group), constructs RE2
/// rejects are rejected with Go's message, and compiled expressions are cached.
enum SprigRegex {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: NSRegularExpression] = [:]

    struct CompileError: Error, CustomStringConvertible { let description: String }

    static func compile(_ pattern: String, must: Bool) throws -> NSRegularExpression {
        lock.lock()
        if let cached = cache[pattern] { lock.unlock(); return cached }
        lock.unlock()
        let translated: String
        do { translated = try translate(pattern) } catch let e as CompileError {
            throw must ? e : CompileError(description: "regexp: Compile(\(quoteForPanic(pattern))): \(e.description)")
        }
        guard let re = try? NSRegularExpression(pattern: translated, options: []) else {
            let e = CompileError(description: "error parsing regexp: invalid or unsupported Perl syntax: `\(pattern)`")
            throw must ? e : CompileError(description: "regexp: Compile(\(quoteForPanic(pattern))): \(e.description)")
        }
        lock.lock()
        if cache.count > 4096 { cache.removeAll() }
        cache[pattern] = re
        lock.unlock()
        return re
    }

    private static func quoteForPanic(_ s: String) -> String {
        if !s.contains("`") && s.unicodeScalars.allSatisfy({ $0 == "\t" || goIsPrint($0) }) { return "`" + s + "`" }
        return goQuote(s)
    }

    /// RE2 → ICU: `$` means `\z` unless multi-line mode is on; `(?P<` → `(?<`; lookaround and
    /// backreferences are errors in RE2.
    static func translate(_ p: String) throws -> String {
        let s = Array(p.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var inClass = false
        var multiline = false
        while i < s.count {
            let c = s[i]
            if c == "\\" {
                guard i + 1 < s.count else { throw CompileError(description: "error parsing regexp: trailing backslash at end of expression: ``") }
                let n = s[i + 1]
                if !inClass, n.properties.numericType != nil, n != "0" {
                    throw CompileError(description: "error parsing regexp: invalid escape sequence: `\\\(n)`")
                }
                if n == "Z" { throw CompileError(description: "error parsing regexp: invalid escape sequence: `\\Z`") }
                out.append(c); out.append(n)
                i += 2
                continue
            }
            if inClass {
                if c == "]" { inClass = false }
                if c == "[" && i + 1 < s.count && s[i + 1] == ":" {
                    // POSIX class [:alpha:] passes through.
                }
                out.append(c)
                i += 1
                continue
            }
            switch c {
            case "[":
                inClass = true
                out.append(c)
                i += 1
                if i < s.count && s[i] == "^" { out.append(s[i]); i += 1 }
                if i < s.count && s[i] == "]" { out.append("\\"); out.append("]"); i += 1 }
                continue
            case "(":
                if i + 2 < s.count && s[i + 1] == "?" {
                    let n = s[i + 2]
                    if n == "=" || n == "!" || (n == "<" && i + 3 < s.count && (s[i + 3] == "=" || s[i + 3] == "!")) {
                        let frag = String(String.UnicodeScalarView(s[i..<min(i + (n == "<" ? 4 : 3), s.count)]))
                        throw CompileError(description: "error parsing regexp: invalid or unsupported Perl syntax: `\(frag)`")
                    }
                    if n == "P" && i + 3 < s.count && s[i + 3] == "<" {
                        out.append(contentsOf: "(?<".unicodeScalars)
                        i += 4
                        continue
                    }
                    // Flag groups: remember multi-line mode.
                    var k = i + 2
                    var negate = false
                    while k < s.count, s[k] != ")" && s[k] != ":" {
                        if s[k] == "-" { negate = true }
                        if s[k] == "m" { multiline = !negate }
                        k += 1
                    }
                }
                out.append(c)
            case "$":
                if multiline { out.append(c) } else { out.append(contentsOf: "(?!(?s:.))".unicodeScalars) }
            default:
                out.append(c)
            }
            i += 1
        }
        return String(out)
    }

    private static func ns(_ s: String) -> NSString { s as NSString }

    static func match(_ regex: String, _ s: String, must: Bool) throws -> Bool {
        let re = try compile(regex, must: must)
        return re.firstMatch(in: s, range: NSRange(location: 0, length: ns(s).length)) != nil
    }

    static func find(_ regex: String, _ s: String, must: Bool) throws -> String {
        let re = try compile(regex, must: must)
        guard let m = re.firstMatch(in: s, range: NSRange(location: 0, length: ns(s).length)) else { return "" }
        return ns(s).substring(with: m.range)
    }

    /// Go's FindAllString: `n < 0` means all; empty matches right after a match are skipped.
    static func matches(_ re: NSRegularExpression, _ s: String, _ n: Int) -> [NSRange] {
        if n == 0 { return [] }
        var out: [NSRange] = []
        var prevEnd = -1
        for m in re.matches(in: s, range: NSRange(location: 0, length: ns(s).length)) {
            if m.range.length == 0 && m.range.location == prevEnd { continue }
            out.append(m.range)
            prevEnd = m.range.location + m.range.length
            if n > 0 && out.count == n { break }
        }
        return out
    }

    static func findAll(_ regex: String, _ s: String, _ n: Int, must: Bool) throws -> [String] {
        let re = try compile(regex, must: must)
        return matches(re, s, n).map { ns(s).substring(with: $0) }
    }

    static func split(_ regex: String, _ s: String, _ n: Int, must: Bool) throws -> [String] {
        let re = try compile(regex, must: must)
        if n == 0 { return [] }
        if regex.isEmpty || s.isEmpty {
            if s.isEmpty { return [""] }
        }
        let found = matches(re, s, n)
        var out: [String] = []
        var beg = 0
        for r in found {
            if n > 0 && out.count == n - 1 { break }
            let end = r.location
            if r.length == 0 && r.location == 0 { continue }
            out.append(ns(s).substring(with: NSRange(location: beg, length: end - beg)))
            beg = r.location + r.length
        }
        out.append(ns(s).substring(from: beg))
        return out
    }

    static func replaceAll(_ regex: String, _ s: String, _ repl: String, literal: Bool, must: Bool) throws -> String {
        let re = try compile(regex, must: must)
        let text = ns(s)
        var out = ""
        var last = 0
        let found = re.matches(in: s, range: NSRange(location: 0, length: text.length))
        var prevEnd = -1
        for m in found {
            if m.range.length == 0 && m.range.location == prevEnd { continue }
            out += text.substring(with: NSRange(location: last, length: m.range.location - last))
            out += literal ? repl : expand(repl, match: m, in: text, re: re)
            last = m.range.location + m.range.length
            prevEnd = last
        }
        out += text.substring(from: last)
        return out
    }

    /// Go's `Regexp.Expand`: `$1`, `${1}`, `$name`, `${name}`, `$$`; the longest name wins.
    static func expand(_ template: String, match m: NSTextCheckingResult, in text: NSString, re: NSRegularExpression) -> String {
        let t = Array(template.unicodeScalars)
        var out = ""
        var i = 0
        func group(_ name: String) -> String {
            if let idx = Int(name) {
                guard idx < m.numberOfRanges else { return "" }
                let r = m.range(at: idx)
                return r.location == NSNotFound ? "" : text.substring(with: r)
            }
            let r = m.range(withName: name)
            return r.location == NSNotFound ? "" : text.substring(with: r)
        }
        func isNameChar(_ u: Unicode.Scalar) -> Bool {
            u == "_" || (u.value < 0x80 && (u.properties.isAlphabetic || u.properties.numericType != nil))
        }
        while i < t.count {
            if t[i] != "$" { out.unicodeScalars.append(t[i]); i += 1; continue }
            i += 1
            guard i < t.count else { out += "$"; break }
            if t[i] == "$" { out += "$"; i += 1; continue }
            if t[i] == "{" {
                var k = i + 1
                var name = ""
                while k < t.count, isNameChar(t[k]) { name.unicodeScalars.append(t[k]); k += 1 }
                if k < t.count, t[k] == "}", !name.isEmpty {
                    out += group(name)
                    i = k + 1
                } else {
                    out += "$"
                }
                continue
            }
            var name = ""
            var k = i
            while k < t.count, isNameChar(t[k]) { name.unicodeScalars.append(t[k]); k += 1 }
            if name.isEmpty { out += "$"; continue }
            out += group(name)
            i = k
        }
        return out
    }

    /// regexp.QuoteMeta
    static func quoteMeta(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if "\\.+*?()|[]{}^$".unicodeScalars.contains(u) { out += "\\" }
            out.unicodeScalars.append(u)
        }
        return out
    }
}
