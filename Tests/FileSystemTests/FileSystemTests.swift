import Testing
import Foundation
@testable import FileSystem

@Suite struct FileSystemTests {
    @Test func inMemoryListsFilesAndImplicitDirectories() throws {
        let fs = InMemoryFileSystem(files: ["/r/b.yaml": "b", "/r/a/x.yaml": "x"])
        #expect(try fs.listDirectory("/r") == ["a", "b.yaml"])
        #expect(fs.isDirectory("/r/a"))
        #expect(try fs.readText("/r/b.yaml") == "b")
        #expect(throws: FileSystemError.notFound("/r/c")) { try fs.readFile("/r/c") }
    }

    @Test func diskAtomicWriteReplacesAndKeepsNoTempFiles() throws {
        let fs = DiskFileSystem()
        let dir = NSTemporaryDirectory() + "bbctl-fs-\(UUID().uuidString)"
        try fs.createDirectory(dir + "/sub")
        defer { try? fs.removeItem(dir) }
        try fs.writeText(dir + "/sub/f.txt", "one")
        try fs.writeText(dir + "/sub/f.txt", "two")
        #expect(try fs.readText(dir + "/sub/f.txt") == "two")
        #expect(try fs.listDirectory(dir + "/sub") == ["f.txt"])
        #expect(throws: FileSystemError.self) { try fs.readFile(dir + "/sub") }
    }

    /// The listing's entry types (no stat per entry) agree with `isDirectory`, symlinks
    /// included, and with the in-memory file system's answer for the same tree.
    @Test func directoryEntriesKnowDirectoriesAndFollowSymlinks() throws {
        let fs = DiskFileSystem()
        let dir = NSTemporaryDirectory() + "bbctl-ls-\(UUID().uuidString)"
        try fs.createDirectory(dir + "/d")
        defer { try? fs.removeItem(dir) }
        try fs.writeText(dir + "/f.yaml", "f")
        try FileManager.default.createSymbolicLink(atPath: dir + "/link-d", withDestinationPath: dir + "/d")
        try FileManager.default.createSymbolicLink(atPath: dir + "/link-f", withDestinationPath: dir + "/f.yaml")
        let entries = try fs.listDirectoryEntries(dir)
        #expect(entries.map(\.name) == ["d", "f.yaml", "link-d", "link-f"])
        #expect(entries.map(\.isDirectory) == [true, false, true, false])
        let memory = InMemoryFileSystem(files: ["/r/b.yaml": "b", "/r/a/x.yaml": "x"])
        #expect(try memory.listDirectoryEntries("/r") == [DirectoryEntry(name: "a", isDirectory: true),
                                                            DirectoryEntry(name: "b.yaml", isDirectory: false)])
    }

    @Test func confirmedDirectoryResolvesSymlinks() throws {
        let fs = DiskFileSystem()
        let dir = try fs.realPath(NSTemporaryDirectory()) + "/bbctl-cd-\(UUID().uuidString)"
        try fs.createDirectory(dir + "/real")
        defer { try? fs.removeItem(dir) }
        try FileManager.default.createSymbolicLink(atPath: dir + "/link", withDestinationPath: dir + "/real")
        let confirmed = try ConfirmedDirectory(dir + "/link", in: fs)
        #expect(confirmed.path == dir + "/real")
        #expect(throws: FileSystemError.self) { try ConfirmedDirectory(dir + "/missing", in: fs) }
    }
}
