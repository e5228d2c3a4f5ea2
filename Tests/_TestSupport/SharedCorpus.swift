import Foundation

/// Where the shared conformance corpora live: `$BBCTL_SHARED/corpus`, else `../shared/corpus`
/// beside the repository. Tests that read them skip when the directory is absent, so
/// `make test` passes on a fresh machine.
public enum SharedCorpus {
    public static let repositoryRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    public static let path: String = {
        if let shared = ProcessInfo.processInfo.environment["BBCTL_SHARED"], !shared.isEmpty {
            return shared + "/corpus"
        }
        return URL(fileURLWithPath: repositoryRoot + "/../shared/corpus").standardizedFileURL.path
    }()

    public static var isAvailable: Bool { FileManager.default.fileExists(atPath: path) }

    /// Whole-corpus runs through the libraries duplicate `make conformance` and take minutes
    /// in a debug build, so they run only when asked (`BBCTL_CORPUS_TESTS=1`).
    public static var fullRunsEnabled: Bool {
        ProcessInfo.processInfo.environment["BBCTL_CORPUS_TESTS"] == "1"
    }
}
