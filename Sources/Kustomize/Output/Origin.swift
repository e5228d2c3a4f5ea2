import FileSystem
import YAML

/// Where a resource came from, for `buildMetadata: [originAnnotations]` (kustomize
/// `resource.Origin`).
struct Origin {
    var path = ""
    var repo = ""
    var ref = ""
    var configuredIn = ""
    var configuredBy: (apiVersion: String, kind: String, name: String, namespace: String) = ("", "", "", "")

    /// kustomize `Origin.Append`: joins a resource path; a remote root restarts the path.
    func appending(_ p: String, remote: String?) -> Origin {
        var o = self
        if let remote, let spec = RemoteSpec(remote) {
            o.repo = spec.repo
            o.ref = spec.ref
            o.path = spec.subPath.isEmpty ? "" : Path.clean(spec.subPath)
            return o
        }
        o.path = o.path.isEmpty ? Path.clean(p) : Path.clean(o.path + "/" + p)
        return o
    }

    /// The YAML text kustomize stores (kyaml.Marshal of the struct, omitting empty fields).
    var annotationText: String { lines(indent: "").joined() }

    func lines(indent: String) -> [String] {
        var out: [String] = []
        func add(_ k: String, _ v: String, _ ind: String) {
            if !v.isEmpty { out.append("\(ind)\(k): \(OriginAnnotation.quote(v))\n") }
        }
        add("path", path, indent)
        add("repo", repo, indent)
        add("ref", ref, indent)
        add("configuredIn", configuredIn, indent)
        let by = configuredBy
        if !(by.apiVersion.isEmpty && by.kind.isEmpty && by.name.isEmpty && by.namespace.isEmpty) {
            out.append("\(indent)configuredBy:\n")
            add("apiVersion", by.apiVersion, indent + "  ")
            add("kind", by.kind, indent + "  ")
            add("name", by.name, indent + "  ")
            add("namespace", by.namespace, indent + "  ")
        }
        return out
    }

    /// Parses an origin annotation written by `annotationText`.
    init() {}
    init?(annotation text: String) {
        var o = Origin()
        var inBy = false
        for raw in text.split(separator: "\n") {
            let line = String(raw)
            let nested = line.hasPrefix("  ")
            let t = line.trimmingCharacters(in: .whitespaces)
            guard let colon = t.firstIndex(of: ":") else { continue }
            let k = String(t[..<colon])
            var v = String(t[t.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            if v.hasPrefix("\""), v.hasSuffix("\""), v.count >= 2 { v = String(v.dropFirst().dropLast()) }
            if nested && inBy {
                switch k {
                case "apiVersion": o.configuredBy.apiVersion = v
                case "kind": o.configuredBy.kind = v
                case "name": o.configuredBy.name = v
                case "namespace": o.configuredBy.namespace = v
                default: break
                }
                continue
            }
            inBy = false
            switch k {
            case "path": o.path = v
            case "repo": o.repo = v
            case "ref": o.ref = v
            case "configuredIn": o.configuredIn = v
            case "configuredBy": inBy = true
            default: break
            }
        }
        self = o
    }
}

enum OriginAnnotation {
    static let key = "config.kubernetes.io/origin"
    static let transformationsKey = "alpha.config.kubernetes.io/transformations"

    /// Quotes a scalar when YAML would read it as something other than this string.
    static func quote(_ s: String) -> String {
        if Node.resolvePlain(s) != "string" || s.hasPrefix(" ") || s.hasSuffix(" ") || s.contains(": ") || s.hasPrefix("-")
            || s.hasPrefix("*") || s.hasPrefix("&") || s.hasPrefix("!") || s.hasPrefix("{") || s.hasPrefix("[") || s.contains(" #") {
            return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return s
    }
}

/// Pieces of a remote URL that origin annotations record.
struct RemoteSpec {
    var repo: String
    var ref: String
    var subPath: String

    init?(_ url: String) {
        var u = url
        var ref = ""
        if let q = u.range(of: "?") {
            let query = u[q.upperBound...]
            for part in query.split(separator: "&") {
                let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
                if kv.count == 2, kv[0] == "ref" || kv[0] == "version" { ref = kv[1] }
            }
            u = String(u[..<q.lowerBound])
        }
        var sub = ""
        // `//` after the scheme separates the repository from a path inside it.
        let schemeEnd = u.range(of: "://")?.upperBound ?? u.startIndex
        if let r = u.range(of: "//", range: schemeEnd..<u.endIndex) {
            sub = String(u[r.upperBound...])
            u = String(u[..<r.lowerBound])
        } else if u.hasPrefix("https://github.com/") || u.hasPrefix("github.com/") {
            let rest = u.hasPrefix("https://") ? String(u.dropFirst("https://github.com/".count)) : String(u.dropFirst("github.com/".count))
            let comps = rest.split(separator: "/").map(String.init)
            if comps.count > 2 {
                sub = comps[2...].joined(separator: "/")
                u = (u.hasPrefix("https://") ? "https://github.com/" : "github.com/") + comps[0...1].joined(separator: "/")
            }
        }
        self.repo = u
        self.ref = ref
        self.subPath = sub
    }
}
