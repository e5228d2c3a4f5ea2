import Diagnostics

extension ValidationReport {
    /// Compiler-style output grouped by environment and file: each finding with its source
    /// line and a caret when located, a count per environment and a closing summary.
    public func text(colored: Bool) -> String {
        let renderer = DiagnosticRenderer(colored: colored)
        var out = ""
        for env in environments {
            let own = findings(in: env)
            let errors = own.filter { $0.severity == .error }.count
            let heading = own.isEmpty ? "ok" : "\(plural(errors, "error")), \(plural(own.count - errors, "warning"))"
            out += colored ? "\u{1B}[1m== \(env): \(heading)\u{1B}[0m\n" : "== \(env): \(heading)\n"
            var lastFile: String?
            for f in own {
                if f.file != lastFile, lastFile != nil { out += "\n" }
                lastFile = f.file
                var d = f.diagnostic
                if d.location == nil, let origin = f.origin {
                    d.notes.removeAll()
                    out += "\(origin): " + renderer.render(d)
                } else {
                    out += renderer.render(d)
                }
            }
            if !own.isEmpty { out += "\n" }
        }
        for id in unknownDisabledRules {
            out += "warning: .bbctl.yaml validate.disable names no rule \"\(id)\" (rules: \(rules.joined(separator: ", ")))\n"
        }
        let envs = plural(environments.count, "environment")
        if findings.isEmpty {
            out += "validated \(envs): no problems found\n"
        } else {
            out += "validated \(envs): \(plural(errorCount, "error")), \(plural(warningCount, "warning"))\n"
        }
        return out
    }
}
