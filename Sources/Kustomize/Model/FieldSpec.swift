import YAML

/// Where a transformer edits: a path in objects of a selected Gvk (kustomize `types.FieldSpec`).
public struct FieldSpec: Hashable, Sendable {
    public var gvk: Gvk
    public let path: String
    public var create: Bool
    /// The path's segments, split once (`\/` escapes a slash inside a key).
    let segments: [String]

    public init(gvk: Gvk = Gvk(), path: String, create: Bool = false) {
        self.gvk = gvk
        self.path = path
        self.create = create
        self.segments = FieldSpec.split(path)
    }

    public static func == (a: FieldSpec, b: FieldSpec) -> Bool {
        a.gvk == b.gvk && a.path == b.path && a.create == b.create
    }

    public func hash(into h: inout Hasher) {
        h.combine(gvk)
        h.combine(path)
        h.combine(create)
    }

    /// Decodes the "path|group|version|kind|c" rows of `BuiltinFieldSpecs`.
    init(row: String) {
        let f = row.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        self.init(gvk: Gvk(group: f.count > 1 ? f[1] : "", version: f.count > 2 ? f[2] : "", kind: f.count > 3 ? f[3] : ""),
                  path: f[0], create: f.count > 4 && f[4] == "c")
    }

    /// Whether the object's apiVersion/kind match the spec (kustomize `isMatchGVK`).
    func matches(_ node: Node) -> Bool {
        let g = Gvk(apiVersion: node.scalarValue("apiVersion") ?? "", kind: node.scalarValue("kind") ?? "")
        return g.isSelected(by: gvk)
    }

    /// kustomize `PathSplitter`.
    static func split(_ path: String) -> [String] {
        var out: [String] = []
        var cur = ""
        var chars = Array(path)
        var i = 0
        while i < chars.count {
            if chars[i] == "\\", i + 1 < chars.count, chars[i + 1] == "/" {
                cur.append("/")
                i += 2
                continue
            }
            if chars[i] == "/" {
                out.append(cur)
                cur = ""
            } else {
                cur.append(chars[i])
            }
            i += 1
        }
        out.append(cur)
        chars.removeAll()
        return out
    }

    /// Same target field (kustomize `effectivelyEquals`).
    func effectivelyEquals(_ o: FieldSpec) -> Bool { gvk.isSelected(by: o.gvk) && path == o.path }
}

/// A referral kind and the fields of other objects that name it (kustomize `NameBackReferences`).
public struct NameBackReference: Hashable, Sendable {
    public var gvk: Gvk
    public var referrers: [FieldSpec]
}

extension Array where Element == FieldSpec {
    /// kustomize `FsSlice.MergeOne`: skips duplicates, errors when `create` disagrees.
    func mergingOne(_ x: FieldSpec) throws -> [FieldSpec] {
        if let existing = first(where: { $0.effectivelyEquals(x) }) {
            if existing.create != x.create { throw KustomizeError.message("conflicting fieldspecs") }
            return self
        }
        return self + [x]
    }

    func mergingAll(_ xs: [FieldSpec]) throws -> [FieldSpec] {
        var out = self
        for x in xs { out = try out.mergingOne(x) }
        return out
    }

    /// Stable sort by Gvk as kustomize sorts merged configs.
    func sortedByGvk() -> [FieldSpec] {
        enumerated().sorted { a, b in
            if a.element.gvk.isLess(than: b.element.gvk) { return true }
            if b.element.gvk.isLess(than: a.element.gvk) { return false }
            return a.offset < b.offset
        }.map(\.element)
    }
}
