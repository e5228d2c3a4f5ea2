import Testing
import BigBang
import FileSystem
import Git

/// Promotion with history: the commit trailer, refusing dirty trees, and three-way
/// promotion from the last recorded promotion.
@Suite struct PromoteGitTests {
    static let kustomization = "resources:\n- ../base\n"

    static func fixture(dev: String, staging: String) throws -> PromoteFixture {
        try PromoteFixture(files: [
            "dev/kustomization.yaml": kustomization, "staging/kustomization.yaml": kustomization,
            "dev/configmap.yaml": dev, "staging/configmap.yaml": staging,
        ])
    }

    @Test func commitRecordsTheTrailerAndLeavesATreeClean() throws {
        let fx = try Self.fixture(dev: "a: 2\nb: x\n", staging: "# staging\na: 1\nb: x\n")
        let head = try #require(try fx.git.headCommit)
        let plan = try fx.promote("dev", "staging")
        #expect(plan.changes.count == 1)
        let commit = try #require(try fx.git.headCommit)
        #expect(commit.summary == "promote: dev -> staging")
        #expect(commit.message.hasSuffix("\n\nPromoted-From: dev@\(head.id.hex)\n"))
        #expect(commit.author.name == "Promoter")
        #expect(try fx.git.status.isClean)
        #expect(try fx.read("staging/configmap.yaml") == "# staging\na: 2\nb: x\n")
    }

    @Test func refusesUncommittedChangesInTOUnlessForced() throws {
        let fx = try Self.fixture(dev: "a: 2\n", staging: "a: 1\n")
        try fx.write(["staging/notes.yaml": "x: 1\n"])
        let promoter = try fx.promoter()
        let plan = try promoter.plan(from: try fx.env("dev"), to: try fx.env("staging"))
        #expect(throws: BigBangError.uncommittedChanges(environment: "staging", paths: ["staging/notes.yaml"])) {
            try promoter.apply(plan, to: try fx.env("staging"))
        }
        #expect(try fx.read("staging/configmap.yaml") == "a: 1\n")
        try fx.promoter(.init(force: true)).apply(plan, to: try fx.env("staging"))
        #expect(try fx.read("staging/configmap.yaml") == "a: 2\n")
    }

    @Test func threeWayAppliesOnlyFROMsChangesSinceThePromotion() throws {
        let fx = try Self.fixture(dev: "a: 1\nb: 1\nc: 1\n", staging: "a: 1\nb: 1\nc: 1\n")
        // A first promotion (nothing differs, so record it by hand as --commit would).
        let head = try #require(try fx.git.headCommit)
        try fx.write(["staging/marker.yaml": "m: 1\n"])
        try fx.git.commit(message: "promote: dev -> staging", trailers: [GitTrailer("Promoted-From", "dev@\(head.id.hex)")])
        // Since then: dev changes a; staging changes c on its own.
        try fx.write(["dev/configmap.yaml": "a: 2\nb: 1\nc: 1\n", "staging/configmap.yaml": "a: 1\nb: 1\nc: 9 # staging's\n"])
        try fx.git.commit(message: "work")
        let plan = try fx.promote("dev", "staging")
        guard case .threeWay(let base, _) = plan.mode else { Issue.record("expected three-way, got \(plan.mode)"); return }
        #expect(base == head.id.hex)
        // Two-way would have reset c to 1; three-way leaves staging's own change.
        #expect(plan.changes.map(\.path) == ["a"])
        #expect(try fx.read("staging/configmap.yaml") == "a: 2\nb: 1\nc: 9 # staging's\n")
    }

    @Test func threeWayConflictWritesNothingUnlessAStrategyDecides() throws {
        let fx = try Self.fixture(dev: "a: 1\nb: 1\n", staging: "a: 1\nb: 1\n")
        let head = try #require(try fx.git.headCommit)
        try fx.write(["staging/marker.yaml": "m: 1\n"])
        try fx.git.commit(message: "promote: dev -> staging", trailers: [GitTrailer("Promoted-From", "dev@\(head.id.hex)")])
        try fx.write(["dev/configmap.yaml": "a: 2\nb: 5\n", "staging/configmap.yaml": "a: 3\nb: 1\n"])
        try fx.git.commit(message: "both changed a")

        let plan = try fx.promoter().plan(from: try fx.env("dev"), to: try fx.env("staging"))
        #expect(plan.conflicts.count == 1)
        #expect(plan.conflicts.first?.path == "a")
        #expect(plan.conflicts.first?.from == "2")
        #expect(plan.conflicts.first?.to == "3")
        #expect(plan.conflicts.first?.location?.description.hasSuffix("staging/configmap.yaml:1:4") == true)
        #expect(throws: BigBangError.self) { try fx.promoter().apply(plan, to: try fx.env("staging")) }
        #expect(try fx.read("staging/configmap.yaml") == "a: 3\nb: 1\n")

        let ours = try fx.promoter(.init(strategy: .ours)).plan(from: try fx.env("dev"), to: try fx.env("staging"))
        #expect(ours.conflicts.isEmpty)
        #expect(ours.changes.map(\.path) == ["b"])
        #expect(String(decoding: try #require(ours.updates.first).updated, as: UTF8.self) == "a: 3\nb: 5\n")

        try fx.promote("dev", "staging", .init(strategy: .theirs))
        #expect(try fx.read("staging/configmap.yaml") == "a: 2\nb: 5\n")
        #expect(try fx.git.status.isClean)
    }
}
