import FileSystem
import Foundation

/// One commit to write out, and what is needed to fill in its submodules.
struct CheckoutRequest {
    var url: String
    var key: String
    var commit: GitObjectID
    var submodules: Bool
    var chain: [String]

    /// Checkouts with and without submodules differ only when the tree has some; they are
    /// kept apart so neither overwrites the other.
    var directoryName: String { submodules ? commit.hex : commit.hex + "-no-submodules" }
}

extension GitSourceCache {
    /// Writes the commit's files once, into a temporary directory renamed into place, so a
    /// reader never sees a half-written checkout. Submodules are filled in before the rename.
    func checkout(_ mirror: GitRepository, _ request: CheckoutRequest) throws -> String {
        let parent = "\(root)/checkouts/\(request.key)"
        let directory = "\(parent)/\(request.directoryName)"
        if FileManager.default.fileExists(atPath: directory) { return directory }
        try createDirectories(parent)
        let temporary = "\(parent)/.tmp-\(request.commit.hex)-\(UUID().uuidString)"
        do {
            let gitlinks = try CheckoutWriter.materialize(mirror, commit: request.commit, into: temporary)
            if request.submodules && !gitlinks.isEmpty {
                try fillSubmodules(gitlinks, in: temporary, request: request)
            }
            if rename(temporary, directory) != 0 {
                let failure = CheckoutWriter.failure(directory)
                try? FileManager.default.removeItem(atPath: temporary)
                // Another process finished the same checkout first: use theirs.
                if !FileManager.default.fileExists(atPath: directory) { throw failure }
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        return directory
    }

    /// `git submodule update --init --recursive` from the cache: each gitlink's URL comes from
    /// `.gitmodules` (relative URLs against the superproject's), its commit from the tree.
    private func fillSubmodules(_ gitlinks: [(path: String, commit: GitObjectID)], in directory: String, request: CheckoutRequest) throws {
        let modules = try SubmoduleConfig(file: directory + "/.gitmodules")
        for link in gitlinks {
            // A gitlink without a .gitmodules entry stays empty, as with git.
            guard let declared = modules.url(forPath: link.path) else { continue }
            let url = SubmoduleConfig.resolve(declared, against: request.url)
            // As git's default `protocol.file.allow=user`: a repository from the network may
            // not pull local repositories into its checkout through a submodule.
            if isLocal(url) && !isLocal(request.url) {
                throw GitError.cacheFailure(path: request.url, reason: "refusing local submodule URL '\(url)' of a remote repository")
            }
            let sub = try source(url: url, ref: .commit(link.commit.hex), refresh: false, submodules: true, chain: request.chain)
            try copyContents(of: sub.directory, into: directory + "/" + link.path)
        }
    }

    private func copyContents(of source: String, into target: String) throws {
        do {
            for name in try FileManager.default.contentsOfDirectory(atPath: source) {
                try FileManager.default.copyItem(atPath: source + "/" + name, toPath: target + "/" + name)
            }
        } catch {
            throw GitError.cacheFailure(path: target, reason: "cannot copy submodule from \(source): \(error)")
        }
    }
}
