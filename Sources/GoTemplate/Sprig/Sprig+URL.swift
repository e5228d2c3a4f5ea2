import Foundation

/// Sprig's `urlParse` / `urlJoin` over Go's net/url fields.
enum SprigURL {
    static func parse(_ s: String) throws -> TemplateValue {
        var rest = Substring(s)
        var scheme = "", fragment = "", query = "", userinfo = "", host = "", path = "", opaque = ""
        if let h = rest.firstIndex(of: "#") { fragment = String(rest[rest.index(after: h)...]); rest = rest[..<h] }
        if let c = rest.firstIndex(of: ":"), rest[..<c].allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }),
           let f = rest.first, f.isLetter {
            scheme = rest[..<c].lowercased()
            rest = rest[rest.index(after: c)...]
        }
        if let q = rest.firstIndex(of: "?") { query = String(rest[rest.index(after: q)...]); rest = rest[..<q] }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(of: "/") ?? rest.endIndex
            var authority = rest[..<end]
            rest = rest[end...]
            if let at = authority.lastIndex(of: "@") {
                userinfo = String(authority[..<at])
                authority = authority[authority.index(after: at)...]
            }
            host = String(authority)
            path = String(rest)
        } else if !scheme.isEmpty && !rest.hasPrefix("/") {
            opaque = String(rest)
        } else {
            path = String(rest)
        }
        var hostname = host
        if hostname.hasPrefix("[") {
            if let close = hostname.firstIndex(of: "]") { hostname = String(hostname[hostname.index(after: hostname.startIndex)..<close]) }
        } else if let colon = hostname.lastIndex(of: ":") {
            hostname = String(hostname[..<colon])
        }
        let decodedPath = path.removingPercentEncoding ?? path
        return .map([
            "scheme": .string(scheme), "host": .string(host), "hostname": .string(hostname),
            "path": .string(decodedPath), "query": .string(query), "opaque": .string(opaque),
            "fragment": .string(fragment.removingPercentEncoding ?? fragment), "userinfo": .string(userinfo),
        ])
    }

    static func join(_ d: TemplateMap) -> String {
        func field(_ k: String) -> String { if case .string(let s)? = d[k] { return s }; return "" }
        var out = ""
        let scheme = field("scheme")
        if !scheme.isEmpty { out += scheme + ":" }
        let opaque = field("opaque")
        if !opaque.isEmpty {
            out += opaque
        } else {
            let host = field("host"), userinfo = field("userinfo")
            if !scheme.isEmpty || !host.isEmpty || !userinfo.isEmpty {
                if !host.isEmpty || !field("path").isEmpty || !userinfo.isEmpty { out += "//" }
                if !userinfo.isEmpty { out += userinfo + "@" }
                out += host
            }
            var path = field("path")
            if !path.isEmpty && !path.hasPrefix("/") && !host.isEmpty { path = "/" + path }
            out += Escaping.percentEscape(path, spaceAsPlus: false, keep: "-_.~$&+=:@/!'()*,;")
        }
        let query = field("query")
        if !query.isEmpty { out += "?" + query }
        let fragment = field("fragment")
        if !fragment.isEmpty { out += "#" + Escaping.percentEscape(fragment, spaceAsPlus: false, keep: "-_.~$&+=:@/!'()*,;?") }
        return out
    }
}
