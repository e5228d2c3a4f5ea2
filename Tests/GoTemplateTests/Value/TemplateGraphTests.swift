@testable import GoTemplate
import Testing

/// The watched copies speculative execution runs on: sharing kept, reads and real changes told apart.
@Suite struct TemplateGraphTests {
    @Test func copyKeepsSharingAndLeavesTheOriginalAlone() throws {
        let shared = TemplateMap(["x": "1"])
        let root = TemplateMap(["a": .map(shared), "b": .map(shared), "list": [.map(shared), "s"]])
        let copy = try #require(TemplateGraph.watchedCopy([root]))
        let c = copy.roots[0]
        let a = try #require(c["a"]?.mapValue), b = try #require(c["b"]?.mapValue)
        #expect(a === b)
        #expect(a !== shared)
        #expect(c["list"]?.listValue?.first?.mapValue === a)
        a["x"] = "2"
        #expect(shared["x"]?.stringValue == "1")
        #expect(b["x"]?.stringValue == "2")
    }

    @Test func readsAreRecordedByOriginal() throws {
        let inner = TemplateMap(["k": "v"])
        let untouched = TemplateMap(["k": "v"])
        let root = TemplateMap(["inner": .map(inner), "other": .map(untouched)])
        let copy = try #require(TemplateGraph.watchedCopy([root]))
        _ = copy.roots[0]["inner"]?.mapValue?["k"]
        #expect(copy.readOriginals == [ObjectIdentifier(root), ObjectIdentifier(inner)])
    }

    @Test func rewritingEqualValuesIsNoChange() throws {
        let single = TemplateMap(["p": "q"])
        let root = TemplateMap(["n": 1, "fresh": .map(single), "list": ["a", "b"]])
        let counts = TemplateGraph.referenceCounts([root])
        let copy = try #require(TemplateGraph.watchedCopy([root]))
        let c = copy.roots[0]
        c["n"] = 1
        c["fresh"] = .map(TemplateMap(["p": "q"]))
        c["list"] = ["a", "b"]
        #expect(copy.changes(counts: counts, ignoringRootKey: nil).isEmpty)
    }

    @Test func replacingASharedMapIsAChange() throws {
        // Two holders: a new equal map in one place would no longer be shared with the other.
        let shared = TemplateMap(["p": "q"])
        let root = TemplateMap(["a": .map(shared), "b": .map(shared)])
        let counts = TemplateGraph.referenceCounts([root])
        let copy = try #require(TemplateGraph.watchedCopy([root]))
        copy.roots[0]["a"] = .map(TemplateMap(["p": "q"]))
        let changes = copy.changes(counts: counts, ignoringRootKey: nil)
        #expect(changes.map { ObjectIdentifier($0.original) } == [ObjectIdentifier(root)])
    }

    @Test func changesApplyToTheOriginals() throws {
        let inner = TemplateMap(["k": "v"])
        let root = TemplateMap(["inner": .map(inner), "gone": "x", "Template": "t0"])
        let counts = TemplateGraph.referenceCounts([root])
        let copy = try #require(TemplateGraph.watchedCopy([root]))
        let c = copy.roots[0]
        c["inner"]?.mapValue?["k"] = "w"
        c["gone"] = nil
        c["added"] = .map(TemplateMap(["ref": c["inner"] ?? .null]))
        c["Template"] = "t9"
        let changes = copy.changes(counts: counts, ignoringRootKey: "Template")
        #expect(changes.count == 2)
        changes.forEach { $0.apply() }
        #expect(inner["k"]?.stringValue == "w")
        #expect(root["gone"] == nil)
        // The new map points at the original, not at the copy.
        #expect(root["added"]?.mapValue?["ref"]?.mapValue === inner)
        #expect(root["Template"]?.stringValue == "t0")
    }
}
