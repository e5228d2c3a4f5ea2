/// Renders diagnostics like a compiler:
///
///     dev/configmap.yaml:12:26: error: mapping values are not allowed in this context
///       domain: dev.bigbang.mil: x
///                              ^
///     note: loaded from dev/kustomization.yaml:4:3
public struct DiagnosticRenderer: Sendable {
    public var colored: Bool

    public init(colored: Bool) { self.colored = colored }

    public func render(_ d: Diagnostic) -> String {
        var out = ""
        out += header(location: d.location, severity: d.severity.rawValue, message: d.message)
        if let loc = d.location { out += snippet(loc) }
        for note in d.notes {
            out += header(location: note.location, severity: "note", message: note.message)
        }
        return out
    }

    public func render(_ ds: [Diagnostic]) -> String { ds.map(render).joined() }

    private func header(location: SourceLocation?, severity: String, message: String) -> String {
        let prefix = location.map { "\($0): " } ?? ""
        let sev = colored ? color(severity) + severity + ":\u{1B}[0m" : severity + ":"
        return "\(prefix)\(sev) \(message)\n"
    }

    private func color(_ severity: String) -> String {
        switch severity {
        case "error": return "\u{1B}[1;31m"
        case "warning": return "\u{1B}[1;35m"
        default: return "\u{1B}[1;36m"
        }
    }

    private func snippet(_ loc: SourceLocation) -> String {
        guard let file = loc.file, loc.line >= 1, loc.line <= file.lineCount else { return "" }
        let line = file.lineText(loc.line)
        // Tabs are kept so the caret lines up under the same tab stops.
        var pad = ""
        for (i, ch) in line.unicodeScalars.enumerated() where i < loc.column - 1 {
            pad.append(ch == "\t" ? "\t" : " ")
        }
        let extra = max(0, loc.column - 1 - line.unicodeScalars.count)
        pad += String(repeating: " ", count: extra)
        return "  \(line)\n  \(pad)^\n"
    }
}
