#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FileSystem

/// Puts a file set into a directory all at once or not at all: the files are first written
/// into a hidden sibling staging directory, then moved into place with `rename(2)`. A fresh
/// (or empty) target is the staging directory renamed as a whole; a non-empty one (`--force`)
/// receives each file by rename, the file it replaces kept aside until `commit()`.
/// `rollback()` undoes every step taken, leaving the target as it was.
final class ScaffoldTransaction {
    typealias Rename = (_ from: String, _ to: String) throws -> Void

    let target: String
    private let fs: FileSystem
    private let rename: Rename
    private let stage: String
    private let backup: String
    /// What the target was before: absent, an empty directory, or a directory with files.
    private let targetState: TargetState
    /// Directories this transaction created (outermost first), removed on rollback.
    private var createdDirectories: [String] = []
    /// Files moved into a non-empty target, and the files they replaced (kept in `backup`).
    private var placed: [(path: String, replaced: Bool)] = []
    private var movedWhole = false

    enum TargetState { case absent, empty, nonEmpty }

    init(target: String, force: Bool, fileSystem: FileSystem, rename: @escaping Rename = ScaffoldTransaction.posixRename) throws {
        self.target = target
        self.fs = fileSystem
        self.rename = rename
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let parent = Path.dirname(target)
        stage = Path.join(parent, ".\(Path.basename(target)).bbctl-init-\(token)")
        backup = stage + ".replaced"
        if fs.exists(target) {
            guard fs.isDirectory(target) else { throw BigBangError.scaffold("\(target) exists and is not a directory") }
            let entries = try fs.listDirectory(target)
            if !entries.isEmpty && !force {
                throw BigBangError.scaffold("\(target) is not empty (\(entries.count) entries); use --force to write the scaffold into it")
            }
            targetState = entries.isEmpty ? .empty : .nonEmpty
        } else {
            targetState = .absent
        }
        try createDirectories(parent)
    }

    /// Writes every file into the staging directory; nothing in the target changes yet.
    func stageFiles(_ files: [ScaffoldFile]) throws {
        try fs.createDirectory(stage)
        for file in files {
            let path = Path.join(stage, file.path)
            try fs.createDirectory(Path.dirname(path))
            try fs.writeFileAtomically(path, Array(file.contents.utf8))
        }
    }

    /// Moves the staged files into the target.
    func place(_ files: [ScaffoldFile]) throws {
        switch targetState {
        case .absent, .empty:
            if targetState == .empty { try fs.removeItem(target) }
            do {
                try rename(stage, target)
            } catch {
                if targetState == .empty { try? fs.createDirectory(target) }
                throw error
            }
            movedWhole = true
        case .nonEmpty:
            for file in files {
                let destination = Path.join(target, file.path)
                if fs.isDirectory(destination) {
                    throw BigBangError.scaffold("\(destination) is a directory; the scaffold needs a file there")
                }
                try createDirectories(Path.dirname(destination))
                let replaced = fs.exists(destination)
                if replaced {
                    let kept = Path.join(backup, file.path)
                    try fs.createDirectory(Path.dirname(kept))
                    try rename(destination, kept)
                }
                // Recorded before the move so a failed move still restores what it replaced.
                placed.append((file.path, replaced))
                try rename(Path.join(stage, file.path), destination)
            }
        }
    }

    /// The scaffold stays: drop the staging area and the replaced files.
    func commit() {
        for dir in [stage, backup] where fs.exists(dir) { try? fs.removeItem(dir) }
    }

    /// Best effort, in reverse order: every step is undone even when one of them fails.
    func rollback() {
        if movedWhole {
            try? fs.removeItem(target)
            if targetState == .empty { try? fs.createDirectory(target) }
        }
        for (path, replaced) in placed.reversed() {
            let destination = Path.join(target, path)
            if fs.exists(destination) || linkExists(destination) { try? fs.removeItem(destination) }
            if replaced { try? rename(Path.join(backup, path), destination) }
        }
        placed = []
        for dir in createdDirectories.reversed() {
            if (try? fs.listDirectory(dir))?.isEmpty == true { try? fs.removeItem(dir) }
        }
        createdDirectories = []
        commit()
    }

    /// `mkdir -p`, remembering what did not exist so that rollback can remove it.
    private func createDirectories(_ dir: String) throws {
        var missing: [String] = []
        var d = dir
        while !fs.exists(d) {
            missing.append(d)
            let parent = Path.dirname(d)
            if parent == d { break }
            d = parent
        }
        for m in missing.reversed() {
            try fs.createDirectory(m)
            createdDirectories.append(m)
        }
    }

    /// `exists` follows symlinks; a moved-in symlink must be removed even when dangling.
    private func linkExists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    static func posixRename(_ from: String, _ to: String) throws {
        guard systemRename(from, to) == 0 else {
            throw BigBangError.scaffold("cannot move \(from) to \(to): \(String(cString: strerror(errno)))")
        }
    }
}

/// The C `rename(2)`, named apart from the transaction's injectable `rename`.
private func systemRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
