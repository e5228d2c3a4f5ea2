import GoTemplate

/// `.Chart` as Helm v4 exposes it: the metadata struct plus `IsRoot`, seen by templates and
/// encoders with Go field names.
enum ChartData {
    static func value(_ m: ChartMetadata, isRoot: Bool) -> TemplateValue {
        var annotations: TemplateValue = .null
        if let a = m.annotations {
            var map: [String: TemplateValue] = [:]
            for (k, v) in a { map[k] = .string(v) }
            annotations = .map(map)
        }
        return .map([
            "APIVersion": .string(m.apiVersion),
            "Annotations": annotations,
            "AppVersion": .string(m.appVersion),
            "Condition": .string(m.condition),
            "Dependencies": .list(m.dependencies.map(dependency), .interfaces),
            "Deprecated": .bool(m.deprecated),
            "Description": .string(m.description),
            "Home": .string(m.home),
            "Icon": .string(m.icon),
            "IsRoot": .bool(isRoot),
            "Keywords": .stringList(m.keywords),
            "KubeVersion": .string(m.kubeVersion),
            "Maintainers": .list(m.maintainers.map { mt in
                .map(["Name": .string(mt.name), "Email": .string(mt.email), "URL": .string(mt.url)])
            }, .interfaces),
            "Name": .string(m.name),
            "Sources": .stringList(m.sources),
            "Tags": .string(m.tags),
            "Type": .string(m.type),
            "Version": .string(m.version),
        ])
    }

    private static func dependency(_ d: ChartDependency) -> TemplateValue {
        .map([
            "Alias": .string(d.alias),
            "Condition": .string(d.condition),
            "Enabled": .bool(d.enabled),
            "ImportValues": .list(d.importValues.map(TemplateValue.init), .interfaces),
            "Name": .string(d.name),
            "Repository": .string(d.repository),
            "Tags": .stringList(d.tags),
            "Version": .string(d.version),
        ])
    }
}
