import ArgumentParser

/// `bbctl completion bash|zsh|fish`: the same scripts as in the repo's `completions/`.
struct Completion: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completion",
        abstract: "Print a shell completion script.",
        discussion: """
            bash: source <(bbctl completion bash)
            zsh:  bbctl completion zsh > "${fpath[1]}/_bbctl"
            fish: bbctl completion fish > ~/.config/fish/completions/bbctl.fish
            """
    )

    @Argument(help: "The shell: bash, zsh or fish.")
    var shell: Shell

    enum Shell: String, ExpressibleByArgument, CaseIterable {
        case bash, zsh, fish
        var completionShell: CompletionShell {
            switch self {
            case .bash: return .bash
            case .zsh: return .zsh
            case .fish: return .fish
            }
        }
    }

    func run() throws {
        StandardOutput.write(BBCtl.completionScript(for: shell.completionShell))
    }
}
