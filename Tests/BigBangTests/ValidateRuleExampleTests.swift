@testable import BigBang
import Testing

/// Every rule's own examples (`ValidationRule.examples`): each triggering stream yields a
/// finding of that rule, each passing stream none — read as the rendered objects and as the
/// environment's committed files.
@Suite struct ValidateRuleExampleTests {
    static let rules = Validator.rules.filter { !$0.examples.triggering.isEmpty }

    @Test func rulesAboutObjectsCarryExamples() {
        let withoutExamples = Validator.rules.filter { $0.examples.triggering.isEmpty || $0.examples.passing.isEmpty }.map(\.id)
        #expect(withoutExamples == ["render", "values-schema", "core-services"])
    }

    @Test(arguments: rules.map(\.id))
    func examples(rule id: String) throws {
        let rule = try #require(Validator.rules.first { $0.id == id })
        for text in rule.examples.triggering {
            let found = ValidateFixture.run(rule, try ValidateFixture.subject(text), kubeVersion: KubernetesVersion(1, 30))
            #expect(found.contains { $0.rule == id }, "should trigger:\n\(text)")
        }
        for text in rule.examples.passing {
            let found = ValidateFixture.run(rule, try ValidateFixture.subject(text), kubeVersion: KubernetesVersion(1, 30))
            #expect(found.isEmpty, "should pass:\n\(text)\nfound: \(found.map(\.message))")
        }
    }
}
