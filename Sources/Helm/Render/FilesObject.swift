import FileSystem
import GoTemplate
import YAML

/// `.Files`: the chart's non-template files with Helm's accessor methods
/// (pkg/engine/files.go): Get, GetBytes, Glob, Lines, AsConfig, AsSecrets.
final class FilesObject: TemplateObject, @unchecked Sendable {
    /// Name → bytes, in load order (Go's map; sorted wherever order shows).
    let files: [String: [UInt8]]

    init(_ files: [String: [UInt8]]) { self.files = files }

    convenience init(chartFiles: [ChartFile]) {
        var m: [String: [UInt8]] = [:]
        for f in chartFiles { m[f.name] = f.data }
        self.init(m)
    }

    var goTypeName: String { "engine.files" }
    var goKindName: String { "map" }

    var sortedNames: [String] { files.keys.sorted(by: goStringLess) }

    func member(named name: String) -> TemplateMember? {
        switch name {
        case "Get":
            return .method(TemplateFunction([.string]) { call in
                .string(String(decoding: self.files[call.string(0)] ?? [], as: UTF8.self))
            })
        case "GetBytes":
            return .method(TemplateFunction([.string]) { call in .bytes(self.files[call.string(0)] ?? []) })
        case "Glob":
            return .method(TemplateFunction([.string]) { call in
                let glob = FileGlob(call.string(0)) ?? FileGlob("**")
                var m: [String: [UInt8]] = [:]
                for (k, v) in self.files where glob?.matches(k) ?? true { m[k] = v }
                return .object(FilesObject(m))
            })
        case "Lines":
            return .method(TemplateFunction([.string]) { call in
                guard let data = self.files[call.string(0)] else { return .stringList([]) }
                var s = String(decoding: data, as: UTF8.self)
                if s.hasSuffix("\n") { s.removeLast() }
                if s.isEmpty && data.isEmpty { return .stringList([""]) }
                return .stringList(s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            })
        case "AsConfig":
            return .method(TemplateFunction { _ in
                var m: [String: Value] = [:]
                for (k, v) in self.files { m[FilesObject.base(k)] = .string(String(decoding: v, as: UTF8.self)) }
                return .string(HelmEncoders.toYAML(.map(m)) ?? "")
            })
        case "AsSecrets":
            return .method(TemplateFunction { _ in
                var m: [String: Value] = [:]
                for (k, v) in self.files { m[FilesObject.base(k)] = .string(HelmEncoders.base64(v)) }
                return .string(HelmEncoders.toYAML(.map(m)) ?? "")
            })
        default:
            return nil
        }
    }

    private static func base(_ path: String) -> String {
        Path.basename(path)
    }

    var formatted: String {
        "map[" + sortedNames.map { k in
            "\(k):[" + (files[k] ?? []).map(String.init).joined(separator: " ") + "]"
        }.joined(separator: " ") + "]"
    }

    var encodedValue: TemplateValue { collectionView ?? .null }

    var collectionView: TemplateValue? {
        var m: [String: TemplateValue] = [:]
        for (k, v) in files { m[k] = .bytes(v) }
        return .map(m)
    }
}
