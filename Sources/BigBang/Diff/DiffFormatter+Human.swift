extension DiffFormatter {
    /// ```
    /// dev → prod: 1 changed
    ///
    /// ~ ConfigMap bigbang/environment-values (changed)
    ///     generated name environment-values-5m7b9dt2kh → environment-values-8bc4cmh9f6
    ///   data.values.yaml › istio.enabled: true → false
    /// ```
    func human(_ report: DiffReport) -> String {
        var out = report.environments.isEmpty ? "no environments to compare (none affected by the changes)\n" : ""
        for (n, env) in report.environments.enumerated() {
            if n > 0 { out += "\n" }
            out += paint("\(env.name): \(summary(env))", .bold) + "\n"
            for resource in env.resources {
                out += "\n" + header(resource) + "\n"
                for note in resource.notes { out += "    " + paint(note, .dim) + "\n" }
                for field in resource.fields { out += fieldLine(field) }
            }
        }
        return out
    }

    func summary(_ env: EnvironmentDiff) -> String {
        guard env.hasChanges else { return "no differences" }
        let parts = [(ChangeKind.added, "added"), (.changed, "changed"), (.removed, "removed")]
            .compactMap { kind, word in env.count(kind) > 0 ? "\(env.count(kind)) \(word)" : nil }
        return parts.joined(separator: ", ")
    }

    private func header(_ resource: ResourceDiff) -> String {
        let color: Color = resource.kind == .added ? .green : resource.kind == .removed ? .red : .yellow
        return paint("\(Self.symbol(resource.kind)) \(resource.id) (\(resource.kind.rawValue))", color)
    }

    private func fieldLine(_ field: FieldChange) -> String {
        let path = field.path.isEmpty ? "(whole value)" : field.path.description
        if field.masked {
            let what = field.kind == .changed ? "changed (value hidden)" : "\(field.kind.rawValue) (value hidden)"
            return "  \(path): \(paint(what, .yellow))\n"
        }
        switch field.kind {
        case .added:
            return "  \(path): \(paint("added " + (field.new.map(ValueText.inline) ?? ""), .green))\n"
        case .removed:
            return "  \(path): \(paint("removed " + (field.old.map(ValueText.inline) ?? ""), .red))\n"
        case .reordered:
            return "  \(path): \(paint("order changed", .yellow)) \(field.new.map(ValueText.inline) ?? "")\n"
        case .changed:
            if ValueText.isMultiline(field.old) || ValueText.isMultiline(field.new),
               let old = field.old?.stringValue, let new = field.new?.stringValue {
                let hunks = UnifiedDiff.hunks(old, new, context: contextLines)
                let body = hunks.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                    .map { "      " + (colored ? Self.colorizeUnified(String($0)) : String($0)) }.joined(separator: "\n")
                return "  \(path): text changed\n\(body)\n"
            }
            let old = field.old.map(ValueText.inline) ?? "", new = field.new.map(ValueText.inline) ?? ""
            return "  \(path): \(paint(old, .red)) → \(paint(new, .green))\n"
        }
    }
}
