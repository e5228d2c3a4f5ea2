import Testing
import Foundation
import ArgumentParser
@testable import bbctl

/// The committed completion scripts must equal what the CLI generates now; `make completions`
/// rewrites them whenever a command or option changes.
@Suite struct CompletionTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: [("bash", "bbctl.bash"), ("zsh", "_bbctl"), ("fish", "bbctl.fish")])
    func committedScriptIsCurrent(shell: String, file: String) throws {
        let committed = try String(contentsOf: Self.repoRoot.appendingPathComponent("completions/\(file)"), encoding: .utf8)
        let generated = BBCtl.completionScript(for: CompletionShell(rawValue: shell)!)
        #expect(committed == generated, "completions/\(file) is stale: run `make completions`")
    }
}
