import GoTemplate

/// `--name-template`: the release name is the output of a Go template run with Sprig's
/// functions and no data (Helm's `action.TemplateName`).
public enum ReleaseNameTemplate {
    public static func render(_ text: String) throws -> String {
        let set = TemplateSet(name: "name-template", functions: .standard, options: TemplateOptions())
        do {
            try set.parse(text, name: "name-template")
            return try TemplateSet.withExecutionThread {
                try set.executeToString("name-template", data: .null)
            }
        } catch {
            throw HelmError.nameTemplate("\(error)")
        }
    }
}
