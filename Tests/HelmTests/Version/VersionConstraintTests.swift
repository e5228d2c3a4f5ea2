@testable import Helm
import Testing

@Suite struct VersionConstraintTests {
    static let cases: [(String, String, Bool)] = [
        (">=1.34.0-0", "v1.35.0", true),
        (">=1.34.0-0", "v1.33.5", false),
        (">=1.20", "1.29.0-rc.1", false),
        (">=1.20-0", "1.29.0-rc.1", true),
        ("~1.35.0", "1.35.4", true),
        ("~1.35.0", "1.36.0", false),
        ("^1.28", "1.35.0", true),
        ("^0.2.3", "0.3.0", false),
        (">= 1.25, < 1.33", "1.29.3", true),
        (">= 1.25, < 1.33", "1.35.0", false),
        ("1.2.x", "1.2.9", true),
        ("1.2.x", "1.3.0", false),
        ("<1.0 || >=2.0", "2.1.0", true),
        ("1.1 - 1.3", "1.3.0", true),
        ("0.1.0", "0.1.0", true),
    ]

    @Test(arguments: cases)
    func constraintChecks(_ constraint: String, _ version: String, _ expected: Bool) throws {
        let c = try #require(VersionConstraint(constraint))
        let v = try #require(SemanticVersion(version))
        #expect(c.allows(v) == expected)
    }

    @Test func kubeVersionKeepsItsText() throws {
        let k = try KubeVersion.parse("v1.31.4-eks-2d5f260")
        #expect(k.version == "v1.31.4-eks-2d5f260")
        #expect(k.major == "1" && k.minor == "31")
        #expect(try KubeVersion.parse("1.29.3").version == "v1.29.3")
        #expect(throws: HelmError.invalidKubeVersion("not-a-version")) { try KubeVersion.parse("not-a-version") }
    }
}
