/// `render`: what stopped an environment from rendering (kustomize, template, YAML, values
/// errors), located where the engine located it, and the render's own warnings.
struct RenderRule: ValidationRule {
    let id = "render"

    /// How Helm's schema failure starts; `values-schema` reports it value by value instead.
    static let schemaFailurePrefix = "values don't meet the specifications of the schema"

    func check(_ subject: ValidationSubject, _ context: ValidationContext) -> [Finding] {
        var out = FindingBuilder(rule: id, subject: subject)
        let schemaRuleCovers = !context.config.disabledRules.contains("values-schema")
            && subject.releases.contains { $0.loadedChart?.schema != nil || $0.loadedChart?.dependencies.isEmpty == false }
        for d in subject.renderErrors {
            if schemaRuleCovers && d.message.hasPrefix(Self.schemaFailurePrefix) { continue }
            var message = d.message
            for note in d.notes { message += " (\(note.message))" }
            out.error(message, location: d.location)
        }
        for d in subject.renderWarnings { out.warning(d.message, location: d.location) }
        return out.findings
    }
}
