import Testing
import YAML
@testable import Kustomize

struct PatchTargetTests {
    static let deployment = TestYAML.parse("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web-prod
          namespace: team
          labels: {app: web, tier: front, replicas: "5"}
          annotations:
            owner: ops
            internal.config.kubernetes.io/previousNames: web,other
        """)

    static let namespace = TestYAML.parse("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n")
    static let configMap = TestYAML.parse("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n")

    struct Row: Sendable, CustomTestStringConvertible {
        var target: [String: String]
        var resource: String
        var matches: Bool
        var testDescription: String { "\(target.sorted { $0.key < $1.key }) on \(resource) → \(matches)" }
    }

    static let rows: [Row] = [
        Row(target: [:], resource: "deployment", matches: true),
        Row(target: ["kind": "Deployment"], resource: "deployment", matches: true),
        Row(target: ["kind": "Deploy"], resource: "deployment", matches: false),            // anchored
        Row(target: ["kind": "Deploy.*"], resource: "deployment", matches: true),
        Row(target: ["kind": "Service|Deployment"], resource: "deployment", matches: true), // ^(?:a|b)$
        Row(target: ["group": "apps", "version": "v1"], resource: "deployment", matches: true),
        Row(target: ["group": "apps"], resource: "configmap", matches: false),
        Row(target: ["version": "v1"], resource: "configmap", matches: true),
        Row(target: ["name": "web"], resource: "deployment", matches: true),                // original name
        Row(target: ["name": "web-prod"], resource: "deployment", matches: true),           // current name
        Row(target: ["name": "other"], resource: "deployment", matches: false),
        Row(target: ["name": "web-.*"], resource: "deployment", matches: true),
        Row(target: ["namespace": "team"], resource: "deployment", matches: true),
        Row(target: ["namespace": "default"], resource: "configmap", matches: true),        // no namespace = default
        Row(target: ["namespace": "default"], resource: "namespace", matches: false),       // cluster-scoped
        Row(target: ["labelSelector": "app=web"], resource: "deployment", matches: true),
        Row(target: ["labelSelector": "app==web,tier!=back"], resource: "deployment", matches: true),
        Row(target: ["labelSelector": "app in (api, web)"], resource: "deployment", matches: true),
        Row(target: ["labelSelector": "app notin (web)"], resource: "deployment", matches: false),
        Row(target: ["labelSelector": "!app"], resource: "deployment", matches: false),
        Row(target: ["labelSelector": "!app"], resource: "configmap", matches: true),
        Row(target: ["labelSelector": "tier"], resource: "deployment", matches: true),
        Row(target: ["labelSelector": "replicas>3,replicas<9"], resource: "deployment", matches: true),
        Row(target: ["labelSelector": "app!=web"], resource: "configmap", matches: true),
        Row(target: ["annotationSelector": "owner=ops"], resource: "deployment", matches: true),
        Row(target: ["annotationSelector": "owner=dev"], resource: "deployment", matches: false),
    ]

    @Test(arguments: rows)
    func selects(_ row: Row) throws {
        let t = try PatchTarget(group: row.target["group"] ?? "", version: row.target["version"] ?? "",
                                kind: row.target["kind"] ?? "", name: row.target["name"] ?? "",
                                namespace: row.target["namespace"] ?? "",
                                labelSelector: row.target["labelSelector"] ?? "",
                                annotationSelector: row.target["annotationSelector"] ?? "")
        let resource = row.resource == "deployment" ? Self.deployment : row.resource == "namespace" ? Self.namespace : Self.configMap
        #expect(t.matches(resource) == row.matches)
    }

    @Test(arguments: [
        ("app in (x,y", "unable to parse requirement: found '', expected: ',' or ')'"),
        ("app=x,,b", "found ',', expected: identifier after ','"),
        ("app >", "unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an integer"),
        ("=x", "found '=', expected: !, identifier, or 'end of string'"),
        ("app foo x", "unable to parse requirement: found 'foo', expected: '=', '!=', '==', 'in', notin'"),
        ("app!=x y", "found 'y', expected: ',' or 'end of string'"),
    ])
    func selectorErrorsAreWordedAndLocated(_ selector: String, _ message: String) throws {
        let node = TestYAML.parse("kind: Deployment\nlabelSelector: \"\(selector)\"\n")
        #expect {
            _ = try PatchTarget(node)
        } throws: { error in
            guard let e = error as? PatchError else { return false }
            return e.message == message && e.mark?.line == 2 && e.mark?.column == 16
        }
    }

    @Test func targetFromNode() throws {
        let t = try PatchTarget(TestYAML.parse("group: apps\nkind: Deployment\nname: web\n"))
        #expect(t.group == "apps" && t.kind == "Deployment" && t.name == "web")
        #expect(t.matches(Self.deployment))
    }

    @Test func badRegexIsLocated() throws {
        #expect {
            _ = try PatchTarget(TestYAML.parse("kind: Deployment\nname: \"web(\"\n"))
        } throws: { error in
            guard let e = error as? PatchError else { return false }
            return e.message.hasPrefix("error parsing regexp") && e.mark?.line == 2 && e.mark?.column == 7
        }
    }
}
