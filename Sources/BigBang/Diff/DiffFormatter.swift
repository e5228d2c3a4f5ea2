import YAML

/// The ways a diff is printed.
public enum DiffFormat: String, CaseIterable, Sendable {
    /// For a terminal: one line per field change, colour when asked for.
    case human
    /// `diff -u` of the two whole renders.
    case unified
    /// A machine-readable list of changes.
    case json
    /// A merge-request comment: summary table, one collapsible block per object.
    case markdown
}

/// Turns a `DiffReport` into text in one of the `DiffFormat`s. Secret values were masked by
/// the engine; nothing here can reveal them.
public struct DiffFormatter: Sendable {
    public var format: DiffFormat
    /// ANSI colours (the CLI decides: a terminal, and NO_COLOR unset).
    public var colored: Bool
    public var contextLines: Int

    public init(format: DiffFormat, colored: Bool = false, contextLines: Int = 3) {
        self.format = format
        self.colored = colored
        self.contextLines = contextLines
    }

    public func render(_ report: DiffReport) -> String {
        switch format {
        case .human: return human(report)
        case .unified: return unified(report)
        case .json: return json(report)
        case .markdown: return markdown(report)
        }
    }

    private func unified(_ report: DiffReport) -> String {
        var out = ""
        for env in report.environments {
            let text = UnifiedDiff.render(env.textA, env.textB, labelA: "a/" + env.labelA, labelB: "b/" + env.labelB,
                                          context: contextLines)
            out += colored ? Self.colorizeUnified(text) : text
        }
        return out
    }

    // MARK: - Shared pieces

    enum Color: String {
        case red = "\u{1B}[31m", green = "\u{1B}[32m", yellow = "\u{1B}[33m", cyan = "\u{1B}[36m", bold = "\u{1B}[1m", dim = "\u{1B}[2m"
    }

    func paint(_ text: String, _ color: Color) -> String {
        colored ? color.rawValue + text + "\u{1B}[0m" : text
    }

    static func colorizeUnified(_ text: String) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let color: Color? = line.hasPrefix("+++") || line.hasPrefix("---") ? .bold
                : line.hasPrefix("@@") ? .cyan : line.hasPrefix("+") ? .green : line.hasPrefix("-") ? .red : nil
            if let color, !line.isEmpty { out += color.rawValue + line + "\u{1B}[0m" } else { out += line }
            out += "\n"
        }
        out.removeLast()
        return out
    }

    static func symbol(_ kind: ChangeKind) -> String {
        switch kind {
        case .added: return "+"
        case .removed: return "-"
        case .changed: return "~"
        case .reordered: return "↕"
        }
    }

    /// The hunks a resource's ```diff block shows: its two texts compared, or all of one
    /// side for an added or removed object.
    func hunks(of resource: ResourceDiff) -> String {
        UnifiedDiff.hunks(resource.oldText ?? "", resource.newText ?? "", context: contextLines)
    }
}

/// Values on one line: plain strings as they are (quoted when they would read as another
/// type, are empty or have edge spaces), everything else as compact JSON.
enum ValueText {
    static func inline(_ value: Value) -> String {
        if case .string(let s) = value, !needsQuotes(s) { return s }
        return json(value)
    }

    static func json(_ value: Value) -> String {
        (try? GoJSONEncoder.encode(value, escapeHTML: false)) ?? "\(value)"
    }

    static func isMultiline(_ value: Value?) -> Bool {
        value?.stringValue?.contains("\n") ?? false
    }

    private static func needsQuotes(_ s: String) -> Bool {
        if s.isEmpty || s.first == " " || s.last == " " || s.contains("\n") { return true }
        if ["true", "false", "null", "~", "yes", "no", "on", "off"].contains(s.lowercased()) { return true }
        if Double(s) != nil || Int(s) != nil { return true }
        return s.hasPrefix("{") || s.hasPrefix("[") || s.hasPrefix("\"") || s.hasPrefix("'")
    }
}
