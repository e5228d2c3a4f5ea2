@testable import BigBang
import Testing

/// Every rule on objects of the wrong shape at every level: no trap, and whatever is
/// reported is a finding of the rule that ran.
@Suite struct ValidateRobustnessTests {
    static let shapes = ["~", "5", "[1, [2]]", "{a: {b: [c]}}", "\"\"", "{}", "[]", "!!binary aGk="]

    static let templates = [
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec: X\n",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec: {template: {spec: {containers: X}}}\n",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec: {template: {spec: {containers: [X]}}}\n",
        "apiVersion: v1\nkind: Secret\nmetadata: X\ndata: X\n",
        "apiVersion: X\nkind: X\nmetadata: {name: X, namespace: X}\n",
        "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata: {name: a, namespace: b}\nspec: {valuesFrom: X, dependsOn: X, chart: {spec: {sourceRef: X}}}\n",
        "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata: {name: a}\nspec: {valuesFrom: [X], targetNamespace: X}\n",
        "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: a}\nspec: {sourceRef: X, postBuild: {substituteFrom: [X]}}\n",
        "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: a}\nspec: {versions: [{schema: {openAPIV3Schema: X}}]}\n",
        "X\n",
        "---\n---\n",
    ]

    @Test(arguments: templates)
    func wrongShapesNeverTrap(template: String) throws {
        for shape in Self.shapes {
            let text = template.replacingOccurrences(of: "X", with: shape)
            guard let subject = try? ValidateFixture.subject(text) else { continue }
            for rule in Validator.rules {
                let found = ValidateFixture.run(rule, subject)
                #expect(found.allSatisfy { $0.rule == rule.id && !$0.message.isEmpty })
            }
        }
    }
}
