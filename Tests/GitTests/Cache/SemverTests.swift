import Git
import Testing

@Suite struct SemverTests {
    @Test(arguments: [
        ("1.2.3", "1.2.3"), ("v1.2.3", "1.2.3"), ("1.2", "1.2.0"), ("1", "1.0.0"),
        ("1.0.0-rc.1", "1.0.0-rc.1"), ("2.0.0+build.5", "2.0.0+build.5"),
    ])
    func parsesVersions(text: String, canonical: String) throws {
        #expect(try #require(SemanticVersion(text)).description == canonical)
    }

    @Test(arguments: ["", "x", "1.2.3.4", "1..2", "v", "1.2.3-", "1.2.3-01", "latest", "1.2.3-a..b"])
    func rejectsVersions(text: String) {
        #expect(SemanticVersion(text) == nil)
    }

    @Test func ordersByPrecedence() throws {
        let ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                       "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0"].compactMap { SemanticVersion($0) }
        #expect(ordered.count == 11)
        #expect(ordered == ordered.shuffled().sorted())
    }

    @Test(arguments: [
        ("1.2.3", "1.2.3", true), ("=1.2.3", "1.2.4", false),
        (">1.2", "1.2.9", false), (">1.2", "1.3.0", true), (">1", "1.9.0", false), (">1", "2.0.0", true),
        ("<2", "1.9.9", true), ("<2", "2.0.0", false),
        (">=1.2.3", "1.2.3", true), (">= 1.2.3", "1.2.2", false), ("=>1.0", "1.0.0", true),
        ("<=1.2", "1.2.9", true), ("<=1.2", "1.3.0", false), ("<=1.2.3", "1.2.4", false),
        ("~1.2.3", "1.2.9", true), ("~1.2.3", "1.3.0", false), ("~1", "1.9.0", true), ("~>2.0", "2.1.0", false),
        ("^1.2.3", "1.9.0", true), ("^1.2.3", "2.0.0", false), ("^0.2.3", "0.2.9", true), ("^0.2.3", "0.3.0", false),
        ("^0.0.3", "0.0.4", false), ("^0", "0.9.9", true),
        ("1.x", "1.5.0", true), ("1.x", "2.0.0", false), ("*", "9.9.9", true), ("1.2.*", "1.2.7", true),
        ("!=1.2.3", "1.2.3", false), ("!=1.2.3", "1.2.4", true), ("!=1.x", "1.4.0", false), ("!=1.x", "2.0.0", true),
        (">=1.0.0, <2.0.0", "1.5.0", true), (">=1.0.0 <2.0.0", "2.0.0", false),
        ("<1 || >=3", "2.0.0", false), ("<1 || >=3", "3.1.0", true),
        ("1.0 - 1.4", "1.4.0", true), ("1.0 - 1.4", "1.5.0", false),
        (">=1.0.0", "1.5.0-rc.1", false), (">=1.5.0-rc.0", "1.5.0-rc.1", true),
    ])
    func constraints(constraint: String, version: String, expected: Bool) throws {
        let c = try SemverConstraint(constraint)
        #expect(c.isSatisfied(by: try #require(SemanticVersion(version))) == expected)
    }

    @Test(arguments: ["", ">>1", "1.2.3.4", "abc", "||"])
    func rejectsConstraints(text: String) {
        #expect(throws: GitError.invalidSemverConstraint(text)) { try SemverConstraint(text) }
    }
}
