import Diagnostics
import Foundation
import YAML

/// `sops-secrets`: every Secret committed to the environment's sources (its overlay and local
/// bases, not what generators make) carries SOPS metadata — plain-text credentials in git are
/// what Big Bang's deployment flow exists to prevent.
struct SOPSSecretsRule: ValidationRule {
    let id = "sops-secrets"

    let examples = RuleExamples(
        triggering: ["apiVersion: v1\nkind: Secret\nmetadata: {name: a}\ndata: {password: aHVudGVyMg==}\n"],
        passing: ["apiVersion: v1\nkind: Secret\nmetadata: {name: a}\ndata:\n  password: ENC[AES256_GCM,data:x,type:str]\nsops:\n  mac: ENC[x]\n  version: 3.9.0\n",
                  // A scaffolded template that holds nothing yet (comments and `{}`) leaks nothing.
                  "apiVersion: v1\nkind: Secret\nmetadata: {name: a}\nstringData:\n  values.yaml: |\n    # registryCredentials: ...\n    {}\n"])

    func check(_ subject: ValidationSubject, _ context: ValidationContext) -> [Finding] {
        var out = FindingBuilder(rule: id, subject: subject)
        for file in subject.sourceFiles where file.path.hasSuffix(".yaml") || file.path.hasSuffix(".yml") {
            guard let docs = try? YAMLParser.parse(file) else { continue }
            for doc in docs {
                let root = doc.resolved
                guard root.isMapping, root.string(at: "kind") == "Secret", Self.hasData(root), root["sops"]?.resolved.isMapping != true
                else { continue }
                let name = root.string(at: "metadata", "name") ?? "?"
                let ns = root.string(at: "metadata", "namespace")
                let at = root["kind"] ?? root
                out.error("Secret \"\(name)\" is committed unencrypted; encrypt it with sops",
                          object: "Secret/\(ns.map { $0 + "/" } ?? "")\(name)",
                          location: SourceLocation(path: file.path, line: max(at.mark.line, 1), column: max(at.mark.column, 1), file: file))
            }
        }
        return out.findings
    }

    /// Whether any value holds something: a template whose values are only comments, `{}`
    /// or empty (what `bbctl init` writes before keys exist) is not a leak.
    private static func hasData(_ root: Node) -> Bool {
        ["data", "stringData"].contains { key in
            guard let n = root[key]?.resolved, n.isMapping else { return false }
            return n.pairs.contains { pair in
                let value = pair.value.resolved
                guard value.isScalar else { return true }
                let decoded = key == "data" ? Data(base64Encoded: value.value).map { String(decoding: $0, as: UTF8.self) } : nil
                let text = decoded ?? value.value
                return !isEmptyTemplate(text)
            }
        }
    }

    static func isEmptyTemplate(_ text: String) -> Bool {
        text.split(separator: "\n").allSatisfy { line in
            let t = line.trimmingCharacters(in: .whitespaces)
            return t.isEmpty || t.hasPrefix("#") || t == "{}" || t == "null" || t == "~"
        }
    }
}

