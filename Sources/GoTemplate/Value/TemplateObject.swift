/// A Go struct or pointer the template can reach into: `.Release.Name`, `.Capabilities.APIVersions.Has "x"`,
/// `.Files.Get "a.txt"`, `(semver "1.2.3").Major`. Text/template resolves `.Name` on such a value
/// to a method first, then to a field; `member(named:)` answers both.
public protocol TemplateObject: AnyObject, Sendable {
    /// `%T` / `typeOf`, e.g. `*chart.Metadata`, `time.Time`, `*semver.Version`.
    var goTypeName: String { get }
    /// `kindOf`: `ptr` for pointers (the default), `struct`, `slice`, `map`...
    var goKindName: String { get }
    /// The field or method called `name`, or nil (Go: `can't evaluate field X in type T`).
    func member(named name: String) -> TemplateMember?
    /// What `print`/`%v` writes: Go calls `String()` when the type has one, else `{f1 f2}`.
    var formatted: String { get }
    /// The value JSON/YAML encoders marshal (exported fields by their json tags).
    var encodedValue: TemplateValue { get }
    /// The object seen as a slice or map for `range`, `len` and `index` (Go named slice/map
    /// types such as Helm's `VersionSet` or `files`); nil for plain structs.
    var collectionView: TemplateValue? { get }
    /// Go truth: non-nil pointers and structs are true; named collections follow their length.
    var isTruthy: Bool { get }
    /// Go `==` for `eq` (comparable structs compare by fields; pointers by identity).
    func isEqual(to other: any TemplateObject) -> Bool
}

/// What a selector resolves to on an object.
public enum TemplateMember: Sendable {
    /// A struct field; it cannot take arguments.
    case field(TemplateValue)
    /// A method; called with the selector's arguments (zero-argument methods run on `.Name`).
    case method(TemplateFunction)
}

extension TemplateObject {
    public var goKindName: String { "ptr" }
    public var formatted: String { "{}" }
    public var encodedValue: TemplateValue { .null }
    public var collectionView: TemplateValue? { nil }
    public var isTruthy: Bool {
        if let view = collectionView { return view.isTruthy }
        return true
    }
    public func isEqual(to other: any TemplateObject) -> Bool { self === other }
}
