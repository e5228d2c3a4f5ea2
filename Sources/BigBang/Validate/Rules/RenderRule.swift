/// `render`: what stopped an environment from rendering (kustomize, template, YAML, values
/// errors), located where the engine located it, and the render's own warnings.
struct RenderRule: ValidationRule {
    let id = "render"

    func check(_ subject: ValidationSubject, _ context: ValidationContext) -> [Finding] {
        var out = FindingBuilder(rule: id, subject: subject)
        for d in subject.renderErrors { out.error(d.message, location: d.location) }
        for d in subject.renderWarnings { out.warning(d.message, location: d.location) }
        return out.findings
    }
}
