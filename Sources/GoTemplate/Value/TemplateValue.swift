/// A Go value as text/template sees it through `interface{}`: the dynamic type is kept, because
/// Go's comparisons, `printf` verbs, `typeOf` and function argument checks all depend on it
/// (`eq 1 1.0` is an error, `%d` of a float64 prints `%!d(float64=1)`).
///
/// Maps are `TemplateMap`, a reference type, because Go maps are references: Sprig's `set`,
/// `unset` and `merge` mutate the map every holder sees (`$_ := set .Values "x" 1` is visible to
/// templates rendered later). Slices are values; Sprig's list functions copy anyway.
public enum TemplateValue: @unchecked Sendable {
    /// The nil interface (`<no value>` when printed from a missing key, `<nil>` through fmt).
    case null
    case bool(Bool)
    /// Go `int` (64-bit): template literals, `len`, `atoi`, `int`.
    case int(Int)
    /// Go `int64`: Sprig math results, `--set` integers, `int64`.
    case int64(Int64)
    /// Go `uint64` (rare; kept so comparisons mixing signedness behave as Go's do).
    case uint(UInt64)
    /// Go `float64`: every number that came through YAML/JSON values.
    case float(Double)
    case string(String)
    /// Go `[]byte` (`.Files.GetBytes`); prints as `[104 105]` with %v, as text with %s.
    case bytes([UInt8])
    /// Go `[]interface{}` (or `[]string` when `stringList` is set: `splitList`, `keys`, `sortAlpha`).
    case list([TemplateValue], TemplateListKind = .interfaces)
    /// Go `map[string]interface{}`.
    case map(TemplateMap)
    /// Any other Go value: structs and pointers with fields and methods (`.Release`,
    /// `.Capabilities`, `.Files`, semver versions, `time.Time`).
    /// Indirect because an existential is five words: inline, it would make every value
    /// (and every list element and map entry) 48 bytes instead of 24.
    indirect case object(any TemplateObject)
}

/// The element type of a Go slice, which `typeOf`, `%#v` and argument checks can see.
public enum TemplateListKind: Sendable, Hashable {
    /// `[]interface {}`
    case interfaces
    /// `[]string`
    case strings
}

/// A Go `map[string]interface{}`: shared by reference, as Go maps are.
public final class TemplateMap: @unchecked Sendable {
    private var entries: [String: TemplateValue]
    /// Set while this map is still exactly a decoded document's mapping (`fromYaml`) and
    /// nothing has looked inside: its entries are built on first use. Charts decode large
    /// documents to read a few keys or to hand them straight back to `toYaml`, which can then
    /// encode the decoded value without building anything. Nothing shared between threads is
    /// ever pending: see `TemplateGraph.referenceCounts`.
    private var pending: DecodedMapping?
    /// The Go type when it is a named map type, e.g. Helm's `common.Values` for `.Values`:
    /// `typeOf` shows it, and type assertions to `map[string]interface {}` (Sprig's `dig`) fail.
    public var namedType: String?
    /// Set on copies made for speculative execution (`TemplateGraph.watchedCopy`), which report
    /// their first read and first write; nil, and free, everywhere else.
    var watch: TemplateMapWatch?

    public init(_ storage: [String: TemplateValue] = [:], namedType: String? = nil) {
        self.entries = storage
        self.namedType = namedType
    }

    /// A map holding `document`'s entries, built when first used.
    public init(decoded document: DecodedMapping) {
        self.entries = [:]
        self.pending = document
    }

    /// Every entry. Reading it counts as reading the whole map, assigning or mutating it as a write.
    public var storage: [String: TemplateValue] {
        get {
            noteRead()
            buildIfPending()
            return entries
        }
        set {
            noteWrite()
            pending = nil
            entries = newValue
        }
        _modify {
            noteWrite()
            buildIfPending()
            yield &entries
        }
    }

    public subscript(key: String) -> TemplateValue? {
        get {
            noteRead()
            buildIfPending()
            return entries[key]
        }
        set {
            noteWrite()
            buildIfPending()
            entries[key] = newValue
        }
    }

    public var count: Int {
        noteRead()
        return pending?.entries.count ?? entries.count
    }
    /// Keys in Go's order for maps: sorted (fmt, range, and every encoder sort them).
    public var sortedKeys: [String] { storage.keys.sorted(by: goStringLess) }
    /// A shallow copy (a new Go map with the same entries).
    public func copy() -> TemplateMap { TemplateMap(storage) }

    /// The decoded document this map still is exactly, when nothing has looked inside it yet
    /// (counts as reading the map).
    public var pendingDocument: DecodedMapping? {
        noteRead()
        return pending
    }

    /// Whether the entries are still to be built from a decoded document (read only).
    var isPending: Bool { pending != nil }

    /// The entries without reporting a read (for the speculation bookkeeping itself).
    var unwatchedEntries: [String: TemplateValue] {
        buildIfPending()
        return entries
    }

    @inline(__always) private func buildIfPending() {
        if let document = pending {
            pending = nil
            entries = document.templateEntries()
        }
    }

    @inline(__always) private func noteRead() {
        if let watch, !watch.read { watch.noteRead() }
    }

    @inline(__always) private func noteWrite() {
        if let watch, !watch.written { watch.noteWrite(self) }
    }
}

/// Go compares strings bytewise (UTF-8); Swift's `<` on String compares Unicode scalars,
/// which orders the same for valid UTF-8, but is slower. This is the single place that decides.
/// Native strings are compared on their bytes in place: the generic comparison of two UTF-8
/// views costs about a thousand instructions for two template paths.
@inlinable
public func goStringLess(_ a: String, _ b: String) -> Bool {
    let inPlace = a.utf8.withContiguousStorageIfAvailable { pa in
        b.utf8.withContiguousStorageIfAvailable { pb in utf8BytesLess(pa, pb) }
    }
    if let result = inPlace ?? nil { return result }
    return a.utf8.lexicographicallyPrecedes(b.utf8)
}

@usableFromInline
func utf8BytesLess(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    let common = min(a.count, b.count)
    var i = 0
    while i < common {
        if a[i] != b[i] { return a[i] < b[i] }
        i += 1
    }
    return a.count < b.count
}

extension TemplateValue {
    public static func stringList(_ items: [String]) -> TemplateValue { .list(items.map { .string($0) }, .strings) }
    public static func map(_ dict: [String: TemplateValue]) -> TemplateValue { .map(TemplateMap(dict)) }

    public var isNull: Bool { if case .null = self { return true }; return false }
    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    public var mapValue: TemplateMap? { if case .map(let m) = self { return m }; return nil }
    public var listValue: [TemplateValue]? { if case .list(let l, _) = self { return l }; return nil }

    /// Go's notion of truth used by `if`, `with`, `and`, `or`, `not` (text/template `isTrue`):
    /// false for nil, false, 0, "", and empty slices and maps; true for everything else.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .int64(let i): return i != 0
        case .uint(let u): return u != 0
        case .float(let f): return f != 0
        case .string(let s): return !s.isEmpty
        case .bytes(let b): return !b.isEmpty
        case .list(let l, _): return !l.isEmpty
        case .map(let m): return m.count > 0
        case .object(let o): return o.isTruthy
        }
    }

    /// The Go type name as `%T` and Sprig's `typeOf` print it.
    public var goTypeName: String {
        switch self {
        case .null: return "<nil>"
        case .bool: return "bool"
        case .int: return "int"
        case .int64: return "int64"
        case .uint: return "uint64"
        case .float: return "float64"
        case .string: return "string"
        case .bytes: return "[]uint8"
        case .list(_, let kind): return kind == .strings ? "[]string" : "[]interface {}"
        case .map(let m): return m.namedType ?? "map[string]interface {}"
        case .object(let o): return o.goTypeName
        }
    }

    /// The Go `reflect.Kind` name as Sprig's `kindOf` prints it.
    public var goKindName: String {
        switch self {
        case .null: return "invalid"
        case .bool: return "bool"
        case .int: return "int"
        case .int64: return "int64"
        case .uint: return "uint64"
        case .float: return "float64"
        case .string: return "string"
        case .bytes, .list: return "slice"
        case .map: return "map"
        case .object(let o): return o.goKindName
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByFloatLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral s: String) { self = .string(s) }
    /// Integer literals are Go `int`, as template literals are.
    public init(integerLiteral i: Int) { self = .int(i) }
    public init(booleanLiteral b: Bool) { self = .bool(b) }
    public init(floatLiteral f: Double) { self = .float(f) }
    public init(arrayLiteral items: TemplateValue...) { self = .list(items, .interfaces) }
    public init(dictionaryLiteral pairs: (String, TemplateValue)...) {
        var m: [String: TemplateValue] = [:]
        for (k, v) in pairs { m[k] = v }
        self = .map(TemplateMap(m))
    }
    public init(nilLiteral: ()) { self = .null }
}
