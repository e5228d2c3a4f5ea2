import Diagnostics

extension ValidationReport {
    /// `-o junit`: JUnit XML as GitLab's `artifacts:reports:junit` reads it — one testsuite
    /// per environment, one passing testcase per rule that found nothing, one testcase per
    /// finding (`<failure>` for errors, `<error>` when the environment failed to render,
    /// `<system-out>` for warnings). Class names are `ENV.RULE`.
    public func junit() -> String {
        var suites = ""
        var total = (tests: 0, failures: 0, errors: 0)
        for env in environments {
            let own = findings(in: env)
            var cases = ""
            var counts = (tests: 0, failures: 0, errors: 0)
            for rule in rules {
                let hits = own.filter { $0.rule == rule }
                let classname = xmlEscape("\(env).\(rule)")
                if hits.isEmpty {
                    cases += "    <testcase classname=\"\(classname)\" name=\"\(xmlEscape(rule))\"/>\n"
                    counts.tests += 1
                    continue
                }
                for f in hits {
                    counts.tests += 1
                    let body = xmlEscape(DiagnosticRenderer(colored: false).render(f.diagnostic))
                    cases += "    <testcase classname=\"\(classname)\" name=\"\(xmlEscape(Self.caseName(f)))\">\n"
                    switch f.severity {
                    case .error where f.rule == "render":
                        counts.errors += 1
                        cases += "      <error message=\"\(xmlEscape(f.message))\" type=\"\(xmlEscape(f.rule))\">\(body)</error>\n"
                    case .error:
                        counts.failures += 1
                        cases += "      <failure message=\"\(xmlEscape(f.message))\" type=\"\(xmlEscape(f.rule))\">\(body)</failure>\n"
                    case .warning:
                        cases += "      <system-out>\(body)</system-out>\n"
                    }
                    cases += "    </testcase>\n"
                }
            }
            suites += "  <testsuite name=\"\(xmlEscape(env))\" tests=\"\(counts.tests)\" failures=\"\(counts.failures)\" errors=\"\(counts.errors)\">\n"
            suites += cases
            suites += "  </testsuite>\n"
            total.tests += counts.tests
            total.failures += counts.failures
            total.errors += counts.errors
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"bbctl validate\" tests=\"\(total.tests)\" failures=\"\(total.failures)\" errors=\"\(total.errors)\">\n"
            + suites + "</testsuites>\n"
    }

    /// Where and what: `dev/x.yaml:3:5 Deployment/ns/app: message`.
    private static func caseName(_ f: Finding) -> String {
        var parts: [String] = []
        if let loc = f.location { parts.append(loc.description) } else if let origin = f.origin { parts.append(origin) }
        if let object = f.object { parts.append(object) }
        let prefix = parts.joined(separator: " ")
        return prefix.isEmpty ? f.message : prefix + ": " + f.message
    }
}

/// Text safe inside XML 1.0 attributes and elements: the five entities escaped, characters
/// XML 1.0 cannot carry (controls other than tab, newline, return) replaced.
func xmlEscape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
        default:
            let v = scalar.value
            if v < 0x20 || v == 0xFFFE || v == 0xFFFF || (0xD800...0xDFFF).contains(v) {
                out += "\u{FFFD}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out
}
