import Testing
import BigBang
import FileSystem

/// A file system that fails the Nth write or rename, to prove multi-file writes are all or
/// nothing.
final class FaultyFileSystem: FileSystem, @unchecked Sendable {
    let base: InMemoryFileSystem
    let failWrite: Int?
    let failMove: Int?
    var writes = 0
    var moves = 0

    init(_ base: InMemoryFileSystem, failWrite: Int? = nil, failMove: Int? = nil) {
        self.base = base
        self.failWrite = failWrite
        self.failMove = failMove
    }

    struct Injected: Error {}

    func readFile(_ path: String) throws -> [UInt8] { try base.readFile(path) }
    func exists(_ path: String) -> Bool { base.exists(path) }
    func isDirectory(_ path: String) -> Bool { base.isDirectory(path) }
    func listDirectory(_ path: String) throws -> [String] { try base.listDirectory(path) }
    func realPath(_ path: String) throws -> String { try base.realPath(path) }
    func createDirectory(_ path: String) throws { try base.createDirectory(path) }
    func removeItem(_ path: String) throws { try base.removeItem(path) }
    func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws {
        writes += 1
        if writes == failWrite { throw Injected() }
        try base.writeFileAtomically(path, bytes)
    }
    func moveItem(_ source: String, to destination: String) throws {
        moves += 1
        if moves == failMove { throw Injected() }
        try base.moveItem(source, to: destination)
    }
}

@Suite struct PromoteAtomicWriteTests {
    static let files = [
        "/repo/dev/configmap.yaml": "a: 2\n", "/repo/staging/configmap.yaml": "# s\na: 1\n",
        "/repo/dev/values.yaml": "b: 2\n", "/repo/staging/values.yaml": "b: 1\n",
        "/repo/dev/x.yaml": "c: 2\n", "/repo/staging/x.yaml": "c: 1   # x\n",
    ]

    static func run(failWrite: Int? = nil, failMove: Int? = nil) throws -> (InMemoryFileSystem, Error?) {
        let memory = InMemoryFileSystem(files: files)
        let fs = FaultyFileSystem(memory, failWrite: failWrite, failMove: failMove)
        let dev = BigBangRepository.Environment(name: "dev", path: "/repo/dev")
        let staging = BigBangRepository.Environment(name: "staging", path: "/repo/staging")
        let promoter = Promoter(repository: BigBangRepository(root: "/repo", config: RepoConfig(), environments: [dev, staging]),
                                options: .init(gitEnvironment: .init([:])), fileSystem: fs)
        let plan = try promoter.plan(from: dev, to: staging)
        #expect(plan.updates.count == 3)
        do {
            try promoter.apply(plan, to: staging)
            return (memory, nil)
        } catch {
            return (memory, error)
        }
    }

    @Test(arguments: [(1, nil), (2, nil), (3, nil), (nil, 1), (nil, 2), (nil, 3)] as [(Int?, Int?)])
    func injectedFaultLeavesEveryFileAsItWas(failWrite: Int?, failMove: Int?) throws {
        let (fs, error) = try Self.run(failWrite: failWrite, failMove: failMove)
        #expect(error is FaultyFileSystem.Injected)
        #expect(fs.allFiles == Self.files.keys.sorted(), "no temp file left behind")
        for (path, text) in Self.files { #expect(try fs.readText(path) == text, "\(path)") }
    }

    @Test func withoutFaultsEveryFileIsWritten() throws {
        let (fs, error) = try Self.run()
        #expect(error == nil)
        #expect(try fs.readText("/repo/staging/configmap.yaml") == "# s\na: 2\n")
        #expect(try fs.readText("/repo/staging/values.yaml") == "b: 2\n")
        #expect(try fs.readText("/repo/staging/x.yaml") == "c: 2   # x\n")
        #expect(fs.allFiles == Self.files.keys.sorted())
    }
}
