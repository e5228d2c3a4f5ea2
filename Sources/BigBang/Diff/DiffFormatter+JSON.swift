import YAML

extension DiffFormatter {
    /// One object per environment with its counts and a flat list of changes: one entry per
    /// field change, one per added or removed object (without a path). Masked values are
    /// left out and flagged `"masked": true`.
    func json(_ report: DiffReport) -> String {
        let environments: [Value] = report.environments.map { env in
            var changes: [Value] = []
            for resource in env.resources {
                let base: [String: Value] = [
                    "resource": .string(resource.id.description),
                    "group": .string(resource.id.group), "kind": .string(resource.id.kind),
                    "namespace": .string(resource.id.namespace), "name": .string(resource.id.name),
                ]
                var objectEntry = base
                if let previous = resource.previousName { objectEntry["previousName"] = .string(previous) }
                if !resource.notes.isEmpty { objectEntry["notes"] = .list(resource.notes.map(Value.string)) }
                guard resource.kind == .changed else {
                    objectEntry["change"] = .string(resource.kind.rawValue)
                    changes.append(.map(objectEntry))
                    continue
                }
                for field in resource.fields {
                    var entry = objectEntry
                    entry["change"] = .string(field.kind.rawValue)
                    entry["path"] = .string(field.path.description)
                    if field.masked {
                        entry["masked"] = .bool(true)
                    } else {
                        if let old = field.old { entry["old"] = old }
                        if let new = field.new { entry["new"] = new }
                    }
                    changes.append(.map(entry))
                }
            }
            return .map([
                "environment": .string(env.name), "a": .string(env.labelA), "b": .string(env.labelB),
                "level": .string(env.level.rawValue),
                "summary": .map(["added": .int(Int64(env.count(.added))), "changed": .int(Int64(env.count(.changed))),
                                 "removed": .int(Int64(env.count(.removed)))]),
                "changes": .list(changes),
            ])
        }
        let root: Value = .map(["environments": .list(environments), "differences": .bool(report.hasChanges)])
        return ((try? GoJSONEncoder.encode(root, escapeHTML: false, indent: "  ")) ?? "{}") + "\n"
    }
}
