import Foundation

/// The shell-style substitution kustomize-controller runs over each resource's YAML
/// (fluxcd/pkg `envsubst`, a fork of drone/envsubst). Only `${…}` forms substitute; a bare
/// `$name` is text. `$$` writes one `$` and keeps the next character from opening a `${`.
///
/// Forms: `${v}`, `${#v}` (length), `${v:-w}` `${v:=w}` `${v:+w}` `${v:?w}` `${v=w}` (all
/// "w when v is empty", as the fork implements them), `${v:o}` `${v:o:l}` (substring),
/// `${v#p}` `${v##p}` `${v%p}` `${v%%p}` (trim a glob), `${v/p/s}` `${v//p/s}` `${v/#p/s}`
/// `${v/%p/s}` (replace a literal), `${v,}` `${v,,}` `${v^}` `${v^^}` (case). Defaults may nest `${…}`.
struct EnvSubst {
    enum Failure: Error, Equatable {
        case badSubstitution
        case missingClosingBrace
        case parseVariableName
        case parseFuncSubstitution
        case parseDefaultFunction
        case notSet(String)

        /// fluxcd/pkg's wording.
        var message: String {
            switch self {
            case .badSubstitution: return "bad substitution"
            case .missingClosingBrace: return "missing closing brace"
            case .parseVariableName: return "unable to parse variable name"
            case .parseFuncSubstitution: return "unable to parse substitution within function"
            case .parseDefaultFunction: return "unable to parse default function"
            case .notSet(let name): return "variable not set (strict mode): \"\(name)\""
            }
        }
    }

    private let input: [UInt8]
    private var pos = 0
    private let lookup: (String) -> String?
    private let strict: Bool

    /// Substitutes `text`; `lookup` returns nil for an unset variable, which expands to ""
    /// unless `strict` (then only the default-giving forms may reference it).
    static func evaluate(_ text: String, strict: Bool, lookup: @escaping (String) -> String?) throws -> String {
        var s = EnvSubst(input: Array(text.utf8), lookup: lookup, strict: strict)
        var out: [UInt8] = []
        out.reserveCapacity(s.input.count)
        try s.text(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private init(input: [UInt8], lookup: @escaping (String) -> String?, strict: Bool) {
        self.input = input
        self.lookup = lookup
        self.strict = strict
    }

    private func peek(_ offset: Int = 0) -> UInt8? {
        pos + offset < input.count ? input[pos + offset] : nil
    }

    /// Top level: text with `$$` escapes and `${…}` expansions.
    private mutating func text(into out: inout [UInt8]) throws {
        while let c = peek() {
            if c == UInt8(ascii: "$") {
                if peek(1) == UInt8(ascii: "$") {
                    // The second `$` is text, so a `{` after it opens nothing.
                    out.append(c)
                    pos += 2
                    continue
                }
                if peek(1) == UInt8(ascii: "{") {
                    pos += 2
                    out.append(contentsOf: try function())
                    continue
                }
            }
            out.append(c)
            pos += 1
        }
    }

    private static func isIdent(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c >= 0x80
    }

    /// After `${`: `#name}` or `name` followed by an operator or `}`.
    private mutating func function() throws -> [UInt8] {
        if peek() == UInt8(ascii: "#") {
            pos += 1
            let name = identifier()
            guard !name.isEmpty else { throw Failure.badSubstitution }
            try closeBrace()
            return Array(String(try value(name, op: "#").utf8.count).utf8)
        }
        let name = identifier()
        guard !name.isEmpty else { throw Failure.parseVariableName }
        guard let c = peek() else { throw Failure.missingClosingBrace }
        switch c {
        case UInt8(ascii: "}"):
            pos += 1
            return Array(try value(name, op: "").utf8)
        case UInt8(ascii: ":"):
            if let next = peek(1), [UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: "+")].contains(next) {
                pos += 2
                return try defaultValue(name, op: ":" + String(UnicodeScalar(next)))
            }
            pos += 1
            return try substring(name)
        case UInt8(ascii: "="):
            pos += 1
            return try defaultValue(name, op: "=")
        case UInt8(ascii: ","), UInt8(ascii: "^"):
            var op = String(UnicodeScalar(c))
            pos += 1
            if peek() == c { op += op; pos += 1 }
            try closeBrace()
            return Array(Self.changeCase(try value(name, op: op), op: op).utf8)
        case UInt8(ascii: "#"), UInt8(ascii: "%"):
            var longest = false
            pos += 1
            if peek() == c { longest = true; pos += 1 }
            let pattern = try argument(until: [UInt8(ascii: "}")])
            try closeBrace()
            let v = try value(name, op: String(UnicodeScalar(c)))
            return Array(EnvSubstFunctions.trim(v, pattern: pattern, prefix: c == UInt8(ascii: "#"), longest: longest).utf8)
        case UInt8(ascii: "/"):
            pos += 1
            var mode = EnvSubstFunctions.ReplaceMode.first
            if peek() == UInt8(ascii: "/") { mode = .all; pos += 1 }
            else if peek() == UInt8(ascii: "#") { mode = .prefix; pos += 1 }
            else if peek() == UInt8(ascii: "%") { mode = .suffix; pos += 1 }
            let pattern = try argument(until: [UInt8(ascii: "/"), UInt8(ascii: "}")], escapes: true)
            guard peek() == UInt8(ascii: "/") else { throw Failure.badSubstitution }
            pos += 1
            var replacement: String?
            if peek() != UInt8(ascii: "}") { replacement = try argument(until: [UInt8(ascii: "}")], escapes: true) }
            try closeBrace()
            return Array(EnvSubstFunctions.replace(try value(name, op: "/"), pattern: pattern, with: replacement, mode: mode).utf8)
        default:
            throw Failure.missingClosingBrace
        }
    }

    private mutating func identifier() -> String {
        let start = pos
        while let c = peek(), Self.isIdent(c) { pos += 1 }
        return String(decoding: input[start..<pos], as: UTF8.self)
    }

    private mutating func closeBrace() throws {
        guard peek() == UInt8(ascii: "}") else { throw Failure.badSubstitution }
        pos += 1
    }

    /// The variable's value; unset is "" except in strict mode for non-default operators.
    private func value(_ name: String, op: String) throws -> String {
        if let v = lookup(name) { return v }
        if strict { throw Failure.notSet(name) }
        return ""
    }

    /// `${name<op>word}`: word is text and nested `${…}` up to the closing brace; used when
    /// the value is empty.
    private mutating func defaultValue(_ name: String, op: String) throws -> [UInt8] {
        var word: [UInt8] = []
        while true {
            guard let c = peek() else { throw Failure.parseFuncSubstitution }
            if c == UInt8(ascii: "}") { pos += 1; break }
            if c == UInt8(ascii: "$"), peek(1) == UInt8(ascii: "{") {
                pos += 2
                word.append(contentsOf: try function())
            } else {
                word.append(c)
                pos += 1
            }
        }
        let v = lookup(name) ?? ""
        return v.isEmpty ? word : Array(v.utf8)
    }

    /// `${name:offset}` / `${name:offset:length}`.
    private mutating func substring(_ name: String) throws -> [UInt8] {
        let offsetText = try argument(until: [UInt8(ascii: ":"), UInt8(ascii: "}")])
        var lengthText: String?
        if peek() == UInt8(ascii: ":") {
            pos += 1
            lengthText = try argument(until: [UInt8(ascii: "}")])
        }
        try closeBrace()
        return Array(EnvSubstFunctions.substring(try value(name, op: ":"), position: offsetText, length: lengthText).utf8)
    }

    /// Text (with nested `${…}` expanded) up to one of `stops`, which is not consumed.
    private mutating func argument(until stops: Set<UInt8>, escapes: Bool = false) throws -> String {
        var out: [UInt8] = []
        while let c = peek(), !stops.contains(c) {
            if c == UInt8(ascii: "$"), peek(1) == UInt8(ascii: "{") {
                pos += 2
                out.append(contentsOf: try function())
            } else if escapes, c == UInt8(ascii: "$"), peek(1) == UInt8(ascii: "$") {
                out.append(c)
                pos += 2
            } else if escapes, c == UInt8(ascii: "\\"), let next = peek(1), next == UInt8(ascii: "/") || next == UInt8(ascii: "\\") {
                out.append(next)
                pos += 2
            } else {
                out.append(c)
                pos += 1
            }
        }
        guard peek() != nil else { throw Failure.parseFuncSubstitution }
        return String(decoding: out, as: UTF8.self)
    }

    private static func changeCase(_ s: String, op: String) -> String {
        switch op {
        case ",,": return s.lowercased()
        case "^^": return s.uppercased()
        case ",": return s.first.map { $0.lowercased() + s.dropFirst() } ?? s
        default: return s.first.map { $0.uppercased() + s.dropFirst() } ?? s
        }
    }
}
