import Foundation

/// The environment variables that decide which git config files apply, captured as a value
/// so tests (and callers with a custom HOME) can say exactly which files are read.
/// Follows git's own rules (`git help config`, FILES):
/// system `$GIT_CONFIG_SYSTEM` or `/etc/gitconfig` (skipped with `GIT_CONFIG_NOSYSTEM`),
/// then `$XDG_CONFIG_HOME/git/config` (default `~/.config/git/config`), then `~/.gitconfig`;
/// `$GIT_CONFIG_GLOBAL` replaces both of the last two.
public struct GitEnvironment: Sendable, Equatable {
    public var variables: [String: String]

    public init(_ variables: [String: String]) {
        self.variables = variables
    }

    /// The process environment, read at the time of the call.
    public static var current: GitEnvironment {
        GitEnvironment(ProcessInfo.processInfo.environment)
    }

    var home: String? { nonEmpty("HOME") }

    /// System, XDG and global config files in the order git reads them (later wins).
    var configFiles: [(path: String, level: ConfigLevel)] {
        var files: [(String, ConfigLevel)] = []
        if !isTrue(variables["GIT_CONFIG_NOSYSTEM"]) {
            files.append((nonEmpty("GIT_CONFIG_SYSTEM") ?? "/etc/gitconfig", .system))
        }
        if let global = nonEmpty("GIT_CONFIG_GLOBAL") {
            files.append((global, .global))
            return files
        }
        if let xdg = nonEmpty("XDG_CONFIG_HOME") {
            files.append((xdg + "/git/config", .xdg))
        } else if let home {
            files.append((home + "/.config/git/config", .xdg))
        }
        if let home { files.append((home + "/.gitconfig", .global)) }
        return files
    }

    private func nonEmpty(_ name: String) -> String? {
        guard let v = variables[name], !v.isEmpty else { return nil }
        return v
    }

    private func isTrue(_ value: String?) -> Bool {
        guard let v = value?.lowercased() else { return false }
        return ["1", "true", "yes", "on"].contains(v)
    }
}

/// Config file levels, with libgit2's numbers (`git_config_level_t`).
enum ConfigLevel: Int32 {
    case system = 2, xdg = 3, global = 4, local = 5
}
