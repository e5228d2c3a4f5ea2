@testable import BigBang
import Diagnostics
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The three outputs of `bbctl validate`: JUnit XML in the shape GitLab reads (checked by
/// parsing it), JSON records, and compiler-style text grouped by environment and file.
@Suite struct ValidateReportTests {
    static let file = SourceFile(path: "dev/configmap.yaml", text: "domain: dev\nistio:\n  enabled: \"yes\"\n")

    static func report() -> ValidationReport {
        let findings = [
            Finding(rule: "values-schema", severity: .error, environment: "dev",
                    message: "istio.enabled: got string, want boolean <&\"'>\u{1}",
                    location: SourceLocation(path: file.path, line: 3, column: 12, file: file), object: "HelmRelease/bigbang/bigbang"),
            Finding(rule: "k8s-schema", severity: .warning, environment: "dev", message: "unknown field \"spec.x\"",
                    object: "Deployment/app/web", origin: "HelmRelease bigbang/app: app/templates/deploy.yaml"),
            Finding(rule: "render", severity: .error, environment: "prod", message: "kustomization.yaml not found"),
        ]
        return ValidationReport(environments: ["dev", "prod"], rules: ["render", "k8s-schema", "values-schema"], findings: findings)
    }

    /// Elements and attributes as XMLParser reads them (fails on malformed XML).
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String], path: [String])] = []
        var stack: [String] = []
        var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append((name, attributes, stack))
            stack.append(name)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    @Test func junitHasTheShapeGitLabReads() throws {
        let xml = Self.report().junit()
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")\n\(xml)")
        let e = collector.elements
        #expect(e.first?.name == "testsuites")
        #expect(e.first?.attributes["tests"] == "6" && e.first?.attributes["failures"] == "1" && e.first?.attributes["errors"] == "1")
        let suites = e.filter { $0.name == "testsuite" }
        #expect(suites.map { $0.attributes["name"] } == ["dev", "prod"])
        #expect(suites.allSatisfy { $0.path == ["testsuites"] })
        #expect(suites[0].attributes["tests"] == "3" && suites[0].attributes["failures"] == "1" && suites[0].attributes["errors"] == "0")
        #expect(suites[1].attributes["tests"] == "3" && suites[1].attributes["errors"] == "1")
        let cases = e.filter { $0.name == "testcase" }
        #expect(cases.allSatisfy { $0.path == ["testsuites", "testsuite"] && $0.attributes["name"] != nil })
        #expect(cases.map { $0.attributes["classname"] ?? "" } == ["dev.render", "dev.k8s-schema", "dev.values-schema",
                                                                  "prod.render", "prod.k8s-schema", "prod.values-schema"])
        let failure = try #require(e.first { $0.name == "failure" })
        #expect(failure.path == ["testsuites", "testsuite", "testcase"])
        #expect(failure.attributes["message"] == "istio.enabled: got string, want boolean <&\"'>\u{FFFD}")
        #expect(e.contains { $0.name == "error" && $0.attributes["message"] == "kustomization.yaml not found" })
        #expect(e.contains { $0.name == "system-out" })
        #expect(collector.text.contains("dev/configmap.yaml:3:12: error: [values-schema]"))
    }

    @Test func jsonRecordsEveryFinding() throws {
        let data = Data(Self.report().json().utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["errors"] as? Int == 2 && root["warnings"] as? Int == 1)
        let envs = try #require(root["environments"] as? [[String: Any]])
        #expect(envs.map { $0["name"] as? String } == ["dev", "prod"])
        #expect(envs[0]["errors"] as? Int == 1 && envs[0]["warnings"] as? Int == 1)
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.count == 3)
        let first = findings[0]
        #expect(first["environment"] as? String == "dev" && first["rule"] as? String == "values-schema")
        #expect(first["severity"] as? String == "error" && first["file"] as? String == "dev/configmap.yaml")
        #expect(first["line"] as? Int == 3 && first["column"] as? Int == 12 && first["object"] as? String == "HelmRelease/bigbang/bigbang")
        #expect(findings[1]["origin"] as? String == "HelmRelease bigbang/app: app/templates/deploy.yaml")
        #expect(findings[1]["file"] == nil)
    }

    @Test func textGroupsByEnvironmentAndFileWithCarets() {
        let text = Self.report().text(colored: false)
        #expect(text == """
            == dev: 1 error, 1 warning
            dev/configmap.yaml:3:12: error: [values-schema] HelmRelease/bigbang/bigbang: istio.enabled: got string, want boolean <&"'>\u{1}
                enabled: "yes"
                         ^

            HelmRelease bigbang/app: app/templates/deploy.yaml: warning: [k8s-schema] Deployment/app/web: unknown field "spec.x"

            == prod: 1 error, 0 warnings
            error: [render] kustomization.yaml not found

            validated 2 environments: 2 errors, 1 warning

            """)
    }

    @Test func cleanReportSaysSo() {
        let report = ValidationReport(environments: ["dev"], rules: ["render"], findings: [])
        #expect(!report.hasErrors)
        #expect(report.text(colored: false) == "== dev: ok\nvalidated 1 environment: no problems found\n")
    }
}
