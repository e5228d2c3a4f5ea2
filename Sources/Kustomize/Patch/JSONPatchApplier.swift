import YAML

/// An evanphx/json-patch error message before it gets a location.
struct JSONPatchFailure: Error { var text: String }

/// One operation applied the way evanphx/json-patch v4.12.0 does it, quirks included:
/// `replace` on a missing object key adds it, negative array indexes count from the end,
/// a path without a leading `/` addresses the root's children, and `null` values cannot be
/// walked through.
struct JSONPatchApplier {
    let op: JSONPatchOperation

    private enum Step { case key(String), index(Int) }

    func apply(to doc: inout JSONValue) throws {
        switch op.op {
        case "add":
            let path = try requirePath("add operation failed to decode path: missing value")
            let value = try operand()
            try withContainer(&doc, path, missing: "add operation does not apply: doc is missing path: \"\(path)\": missing value") { c, key in
                try add(&c, key, value, context: "error in add for path: '\(path)'")
            }
        case "remove":
            let path = try requirePath("remove operation failed to decode path: missing value")
            try withContainer(&doc, path, missing: "remove operation does not apply: doc is missing path: \"\(path)\": missing value") { c, key in
                try remove(&c, key, context: "error in remove for path: '\(path)'")
            }
        case "replace":
            let path = try requirePath("replace operation failed to decode path: operation missing path field: missing value")
            let value = try operand()
            if path.isEmpty {
                switch value {
                case .object, .array: doc = value
                default: throw JSONPatchFailure(text: "replace operation value must be object or array")
                }
                return
            }
            try withContainer(&doc, path, missing: "replace operation does not apply: doc is missing path: \(path): missing value") { c, key in
                if case .array = c, (try? get(c, key)) == nil {
                    throw JSONPatchFailure(text: "replace operation does not apply: doc is missing key: \(path): missing value")
                }
                try set(&c, key, value, context: "error in remove for path: '\(path)'")
            }
        case "move":
            let from = try requireFrom("move operation failed to decode from: operation, missing from field: missing value")
            var moved: JSONValue = .null
            try withContainer(&doc, from, missing: "move operation does not apply: doc is missing from path: \(from): missing value") { c, key in
                moved = try get(c, key, context: "error in move for path: '\(key)'") ?? .null
                try remove(&c, key, context: "error in move for path: '\(key)'")
            }
            let path = try requirePath("move operation failed to decode path: operation missing path field: missing value")
            try withContainer(&doc, path, missing: "move operation does not apply: doc is missing destination path: \(path): missing value") { c, key in
                try add(&c, key, moved, context: "error in move for path: '\(path)'")
            }
        case "copy":
            let from = try requireFrom("copy operation failed to decode from: operation, missing from field: missing value")
            var copied: JSONValue = .null
            try withContainer(&doc, from, missing: "copy operation does not apply: doc is missing from path: \(from): missing value") { c, key in
                copied = try get(c, key, context: "error in copy for from: '\(from)'") ?? .null
            }
            let path = try requirePath("copy operation failed to decode path: missing value")
            try withContainer(&doc, path, missing: "copy operation does not apply: doc is missing destination path: \(path): missing value") { c, key in
                try add(&c, key, copied, context: "error while adding value during copy")
            }
        case "test":
            let path = try requirePath("test operation failed to decode path: operation missing path field: missing value")
            let expected = try operand()
            if path.isEmpty {
                guard doc.sameValue(as: expected) else { throw JSONPatchFailure(text: "testing value \(path) failed: test failed") }
                return
            }
            var actual: JSONValue?
            try withContainer(&doc, path, missing: "test operation does not apply: is missing path: \(path): missing value") { c, key in
                actual = try get(c, key, context: "error in test for path: '\(path)'")
            }
            guard (actual ?? .null).sameValue(as: expected) else {
                throw JSONPatchFailure(text: "testing value \(path) failed: test failed")
            }
        default:
            throw JSONPatchFailure(text: "Unexpected kind: \(op.op)")
        }
    }

    private func requirePath(_ message: String) throws -> String {
        guard let p = op.path else { throw JSONPatchFailure(text: message) }
        return p
    }

    private func requireFrom(_ message: String) throws -> String {
        guard let f = op.from else { throw JSONPatchFailure(text: message) }
        return f
    }

    private func operand() throws -> JSONValue {
        guard let v = op.value else { return .null }
        return try JSONValue(v, resolution: .yamlV2)
    }

    // MARK: pointers

    /// RFC 6901 unescaping, left to right as Go's `strings.Replacer("~1", "/", "~0", "~")`.
    static func unescape(_ token: Substring) -> String {
        guard token.contains("~") else { return String(token) }
        var out = ""
        var i = token.startIndex
        while i < token.endIndex {
            let next = token.index(after: i)
            if token[i] == "~", next < token.endIndex, token[next] == "1" || token[next] == "0" {
                out.append(token[next] == "1" ? "/" : "~")
                i = token.index(after: next)
            } else {
                out.append(token[i])
                i = next
            }
        }
        return out
    }

    /// evanphx `findObject`: the container holding the last token, and that token.
    private func withContainer(_ doc: inout JSONValue, _ path: String, missing: String,
                               _ body: (inout JSONValue, String) throws -> Void) throws {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, let last = parts.last else { throw JSONPatchFailure(text: missing) }
        var steps: [Step] = []
        var cursor = doc
        for part in parts[1..<(parts.count - 1)] {
            let key = Self.unescape(part)
            switch cursor {
            case .object(let m):
                guard let next = m[key], next != .null else { throw JSONPatchFailure(text: missing) }
                steps.append(.key(key))
                cursor = next
            case .array(let items):
                guard let idx = Self.resolveIndex(key, count: items.count), idx < items.count, items[idx] != .null else {
                    throw JSONPatchFailure(text: missing)
                }
                steps.append(.index(idx))
                cursor = items[idx]
            default:
                throw JSONPatchFailure(text: missing)
            }
        }
        switch cursor {
        case .object, .array: break
        default: throw JSONPatchFailure(text: missing)
        }
        try modify(&doc, steps[...]) { try body(&$0, Self.unescape(last)) }
    }

    private func modify(_ value: inout JSONValue, _ steps: ArraySlice<Step>, _ body: (inout JSONValue) throws -> Void) throws {
        guard let step = steps.first else { return try body(&value) }
        switch (step, value) {
        case (.key(let k), .object(var m)):
            var child = m[k] ?? .null
            m[k] = nil
            value = .null
            defer { m[k] = child; value = .object(m) }
            try modify(&child, steps.dropFirst(), body)
        case (.index(let i), .array(var items)) where i < items.count:
            var child = items[i]
            items[i] = .null
            value = .null
            defer { items[i] = child; value = .array(items) }
            try modify(&child, steps.dropFirst(), body)
        default:
            return
        }
    }

    /// Go `strconv.Atoi` and evanphx's negative-index rule, for reading.
    private static func resolveIndex(_ key: String, count: Int) -> Int? {
        guard let idx = Int(key) else { return nil }
        if idx < 0 { return idx < -count ? nil : idx + count }
        return idx
    }

    private static func atoiError(_ key: String) -> String {
        let digits = key.drop { $0 == "+" || $0 == "-" }
        if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return "strconv.Atoi: parsing \"\(key)\": value out of range"
        }
        return "strconv.Atoi: parsing \"\(key)\": invalid syntax"
    }

    private func get(_ c: JSONValue, _ key: String, context: String? = nil) throws -> JSONValue? {
        switch c {
        case .object(let m): return m[key]
        case .array(let items):
            guard let idx = Int(key) else { throw failure(context, Self.atoiError(key)) }
            guard let i = Self.resolveIndex(key, count: items.count), i < items.count else {
                throw failure(context, "Unable to access invalid index: \(idx): invalid index referenced")
            }
            return items[i]
        default: return nil
        }
    }

    private func set(_ c: inout JSONValue, _ key: String, _ v: JSONValue, context: String) throws {
        switch c {
        case .object(var m): m[key] = v; c = .object(m)
        case .array(var items):
            guard let idx = Int(key) else { throw failure(context, Self.atoiError(key)) }
            guard let i = Self.resolveIndex(key, count: items.count), i < items.count else {
                throw failure(context, "Unable to access invalid index: \(idx): invalid index referenced")
            }
            items[i] = v
            c = .array(items)
        default: break
        }
    }

    private func add(_ c: inout JSONValue, _ key: String, _ v: JSONValue, context: String) throws {
        switch c {
        case .object(var m): m[key] = v; c = .object(m)
        case .array(var items):
            if key == "-" { items.append(v); c = .array(items); return }
            guard let idx = Int(key) else {
                throw failure(context, "value was not a proper array index: '\(key)': " + Self.atoiError(key))
            }
            let size = items.count + 1
            var i = idx
            if i >= size || i < -size { throw failure(context, "Unable to access invalid index: \(idx): invalid index referenced") }
            if i < 0 { i += size }
            items.insert(v, at: i)
            c = .array(items)
        default: break
        }
    }

    private func remove(_ c: inout JSONValue, _ key: String, context: String) throws {
        switch c {
        case .object(var m):
            guard m[key] != nil else { throw failure(context, "Unable to remove nonexistent key: \(key): missing value") }
            m[key] = nil
            c = .object(m)
        case .array(var items):
            guard let idx = Int(key) else { throw failure(context, Self.atoiError(key)) }
            guard let i = Self.resolveIndex(key, count: items.count), i < items.count else {
                throw failure(context, "Unable to access invalid index: \(idx): invalid index referenced")
            }
            items.remove(at: i)
            c = .array(items)
        default: break
        }
    }

    private func failure(_ context: String?, _ message: String) -> JSONPatchFailure {
        JSONPatchFailure(text: context.map { "\($0): \(message)" } ?? message)
    }
}
