import FileSystem

/// The `.gitmodules` of a checkout: which URL each submodule path comes from.
struct SubmoduleConfig {
    private var urlsByPath: [String: String] = [:]

    init(file: String) throws {
        guard let config = try GitConfig(file: file) else { return }
        var paths: [String: String] = [:], urls: [String: String] = [:]
        for (name, value) in try config.entries(matching: "^submodule\\..*\\.(path|url)$") {
            let body = name.dropFirst("submodule.".count)
            if body.hasSuffix(".path") { paths[String(body.dropLast(5))] = value }
            if body.hasSuffix(".url") { urls[String(body.dropLast(4))] = value }
        }
        for (module, path) in paths {
            if let url = urls[module] { urlsByPath[Path.clean(path)] = url }
        }
    }

    func url(forPath path: String) -> String? { urlsByPath[Path.clean(path)] }

    /// git's rule for `./x` and `../x` submodule URLs: relative to the superproject's URL,
    /// each `../` dropping one path component (for `host:path` URLs the component after ':').
    static func resolve(_ url: String, against superproject: String) -> String {
        guard url.hasPrefix("./") || url.hasPrefix("../") else { return url }
        var base = Substring(superproject)
        while base.hasSuffix("/") { base = base.dropLast() }
        var rest = Substring(url)
        while true {
            if rest.hasPrefix("./") {
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("../") {
                rest = rest.dropFirst(3)
                if let cut = base.lastIndex(where: { $0 == "/" || $0 == ":" }) {
                    let keepColon = base[cut] == ":"
                    base = base[..<cut]
                    if keepColon { base += ":" }
                }
            } else {
                break
            }
        }
        let separator = base.hasSuffix(":") ? "" : "/"
        return base + separator + rest
    }
}
