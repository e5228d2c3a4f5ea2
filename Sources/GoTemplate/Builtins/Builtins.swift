/// Go's predefined template functions (`text/template/funcs.go` `builtins`). They are always
/// present; a caller's table may shadow them, as in Go.
enum Builtins {
    static let table: [String: TemplateFunction] = [
        "and": TemplateFunction([.any], variadic: .any) { $0[0] },
        "or": TemplateFunction([.any], variadic: .any) { $0[0] },
        "not": TemplateFunction([.any]) { .bool(!$0[0].isTruthy) },
        "len": TemplateFunction([.any]) { call in .int(try length(call[0])) },
        "index": TemplateFunction([.any], variadic: .any) { call in try index(call[0], Array(call.arguments.dropFirst())) },
        "slice": TemplateFunction([.any], variadic: .any) { call in try slice(call[0], Array(call.arguments.dropFirst())) },
        "print": TemplateFunction([], variadic: .any) { .string(GoFormatter.sprint($0.arguments)) },
        "println": TemplateFunction([], variadic: .any) { .string(GoFormatter.sprintln($0.arguments)) },
        "printf": TemplateFunction([.string], variadic: .any) { call in
            .string(GoFormatter.sprintf(call.string(0), Array(call.arguments.dropFirst())))
        },
        "html": TemplateFunction([], variadic: .any) { .string(Escaping.html(evalArgs($0.arguments))) },
        "js": TemplateFunction([], variadic: .any) { .string(Escaping.js(evalArgs($0.arguments))) },
        "urlquery": TemplateFunction([], variadic: .any) { .string(Escaping.queryEscape(evalArgs($0.arguments))) },
        "call": TemplateFunction([.any], variadic: .any) { call in
            // Templates cannot hold Go func values; nothing is callable.
            let callee = call.string(0)
            let fn = call[1]
            if case .null = fn { throw BuiltinError("call of nil") }
            throw BuiltinError("non-function \(callee) of type \(fn.goTypeName)")
        },
        "eq": TemplateFunction([.any], variadic: .any) { call in
            .bool(try Comparison.eq(call[0], Array(call.arguments.dropFirst())))
        },
        "ne": TemplateFunction([.any, .any]) { call in .bool(!(try Comparison.eq(call[0], [call[1]]))) },
        "lt": TemplateFunction([.any, .any]) { call in .bool(try Comparison.lt(call[0], call[1])) },
        "le": TemplateFunction([.any, .any]) { call in
            .bool(try Comparison.lt(call[0], call[1]) || Comparison.eq(call[0], [call[1]]))
        },
        "gt": TemplateFunction([.any, .any]) { call in
            .bool(!(try Comparison.lt(call[0], call[1]) || Comparison.eq(call[0], [call[1]])))
        },
        "ge": TemplateFunction([.any, .any]) { call in .bool(!(try Comparison.lt(call[0], call[1]))) },
    ]

    /// Go's `evalArgs`: one string argument is used as is, otherwise `fmt.Sprint`.
    static func evalArgs(_ args: [TemplateValue]) -> String {
        if args.count == 1, case .string(let s) = args[0] { return s }
        return GoFormatter.sprint(args)
    }

    static func length(_ v: TemplateValue) throws -> Int {
        switch v {
        case .string(let s): return s.utf8.count
        case .bytes(let b): return b.count
        case .list(let l, _): return l.count
        case .map(let m): return m.count
        case .object(let o):
            if let view = o.collectionView { return try length(view) }
            throw BuiltinError("len of type \(o.goTypeName)")
        case .null: throw BuiltinError("len of nil pointer")
        default: throw BuiltinError("len of type \(v.goTypeName)")
        }
    }

    /// Go's `indexArg`: an integer index within `cap`.
    static func indexArg(_ v: TemplateValue, cap: Int) throws -> Int {
        let x: Int
        switch v {
        case .int(let i): x = i
        case .int64(let i): x = Int(i)
        case .uint(let u):
            guard let i = Int(exactly: u) else { throw BuiltinError("index out of range: \(u)") }
            x = i
        case .null: throw BuiltinError("cannot index slice/array with nil")
        default: throw BuiltinError("cannot index slice/array with type \(v.goTypeName)")
        }
        if x < 0 || x > cap { throw BuiltinError("index out of range: \(x)") }
        return x
    }

    static func index(_ item: TemplateValue, _ indexes: [TemplateValue]) throws -> TemplateValue {
        var item = item
        if case .null = item { throw BuiltinError("index of untyped nil") }
        for idx in indexes {
            if case .object(let o) = item, let view = o.collectionView { item = view }
            switch item {
            case .list(let l, _):
                let x = try indexArg(idx, cap: l.count)
                if x == l.count { throw BuiltinError("index out of range: \(x)") }
                item = l[x]
            case .string(let s):
                let bytes = Array(s.utf8)
                let x = try indexArg(idx, cap: bytes.count)
                if x == bytes.count { throw BuiltinError("index out of range: \(x)") }
                item = .uint(UInt64(bytes[x]))
                return .int(Int(bytes[x]))
            case .bytes(let b):
                let x = try indexArg(idx, cap: b.count)
                if x == b.count { throw BuiltinError("index out of range: \(x)") }
                item = .uint(UInt64(b[x]))
            case .map(let m):
                switch idx {
                case .string(let k): item = m[k] ?? .null
                case .null: throw BuiltinError("value is nil; should be of type string")
                default: throw BuiltinError("value has type \(idx.goTypeName); should be string")
                }
            case .null:
                throw BuiltinError("index of nil pointer")
            default:
                throw BuiltinError("can't index item of type \(item.goTypeName)")
            }
        }
        return item
    }

    static func slice(_ item: TemplateValue, _ indexes: [TemplateValue]) throws -> TemplateValue {
        if case .null = item { throw BuiltinError("slice of untyped nil") }
        if indexes.count > 3 { throw BuiltinError("too many slice indexes: \(indexes.count)") }
        switch item {
        case .string(let s):
            if indexes.count == 3 { throw BuiltinError("cannot 3-index slice a string") }
            let bytes = Array(s.utf8)
            let (i, j, _) = try sliceBounds(indexes, len: bytes.count, cap: bytes.count)
            return .string(String(decoding: bytes[i..<j], as: UTF8.self))
        case .list(let l, let kind):
            let (i, j, _) = try sliceBounds(indexes, len: l.count, cap: l.count)
            return .list(Array(l[i..<j]), kind)
        case .bytes(let b):
            let (i, j, _) = try sliceBounds(indexes, len: b.count, cap: b.count)
            return .bytes(Array(b[i..<j]))
        default:
            throw BuiltinError("can't slice item of type \(item.goTypeName)")
        }
    }

    private static func sliceBounds(_ indexes: [TemplateValue], len: Int, cap: Int) throws -> (Int, Int, Int) {
        var idx = [0, len, cap]
        for (i, v) in indexes.enumerated() {
            idx[i] = try indexArg(v, cap: cap)
        }
        if idx[0] > idx[1] { throw BuiltinError("invalid slice index: \(idx[0]) > \(idx[1])") }
        if indexes.count == 3 && idx[1] > idx[2] { throw BuiltinError("invalid slice index: \(idx[1]) > \(idx[2])") }
        return (idx[0], idx[1], idx[2])
    }
}
