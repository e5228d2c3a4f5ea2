import YAML

extension DiffFormatter {
    /// A merge-request comment: a summary table (one row per environment), then per
    /// environment one collapsible `<details>` block per object, listing its field changes
    /// and showing a ```diff block of its YAML (Secret values masked).
    func markdown(_ report: DiffReport) -> String {
        var out = "### bbctl diff\n\n"
        let level = report.environments.first?.level.rawValue ?? DiffLevel.render.rawValue
        out += "| environment (\(level)) | added | changed | removed |\n|---|---:|---:|---:|\n"
        for env in report.environments {
            out += "| \(cell(env.name)) | \(env.count(.added)) | \(env.count(.changed)) | \(env.count(.removed)) |\n"
        }
        for env in report.environments where env.hasChanges {
            out += "\n#### \(env.name)\n"
            for resource in env.resources {
                out += "\n<details>\n<summary>\(Self.symbol(resource.kind)) \(html(resource.id.description)) (\(resource.kind.rawValue))</summary>\n\n"
                for note in resource.notes { out += "_\(html(note))_\n\n" }
                if !resource.fields.isEmpty {
                    for field in resource.fields { out += "- " + fieldItem(field) + "\n" }
                    out += "\n"
                }
                let hunks = self.hunks(of: resource)
                if !hunks.isEmpty { out += "```diff\n" + hunks + "```\n\n" }
                out += "</details>\n"
            }
        }
        if !report.hasChanges { out += "\nNo differences.\n" }
        return out
    }

    private func fieldItem(_ field: FieldChange) -> String {
        let path = "`\(field.path.isEmpty ? "(whole value)" : field.path.description)`"
        if field.masked { return "\(path): \(field.kind.rawValue) (value hidden)" }
        switch field.kind {
        case .added: return "\(path): added \(code(field.new))"
        case .removed: return "\(path): removed \(code(field.old))"
        case .reordered: return "\(path): order changed"
        case .changed:
            if ValueText.isMultiline(field.old) || ValueText.isMultiline(field.new) { return "\(path): text changed" }
            return "\(path): \(code(field.old)) → \(code(field.new))"
        }
    }

    /// Inline code that survives any content (backticks in the value widen the fence).
    private func code(_ value: Value?) -> String {
        guard let value else { return "" }
        var text = ValueText.inline(value)
        if text.count > 120 { text = String(text.prefix(117)) + "..." }
        let fence = text.contains("`") ? "`` " : "`"
        return fence + text + (fence == "`" ? "`" : " ``")
    }

    private func cell(_ text: String) -> String { html(text).replacingOccurrences(of: "|", with: "\\|") }

    private func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
