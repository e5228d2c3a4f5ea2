import ArgumentParser

/// The root command lists the subcommands and nothing else.
@main
struct BBCtl: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "bbctl",
        abstract: "Render, diff, promote and validate Big Bang GitOps deployment repositories.",
        discussion: """
            bbctl replaces the kustomize build | helm template chain with one offline, \
            in-process tool: `bbctl build` prints what `kustomize build` prints, \
            `bbctl template` what `helm template` prints.
            """,
        version: version,
        subcommands: [Init.self, Build.self, Template.self, Render.self, Values.self, Images.self, Diff.self, Validate.self, Envs.self, Promote.self, Completion.self]
    )

    /// Usage errors exit 2, as `diff` does, so scripts can tell them from "differences" (1)
    /// and findings (1); everything else keeps ArgumentParser's handling.
    static func main() {
        #if os(Linux)
        // Renders allocate from several threads at once; glibc would give each its own
        // arena (peak memory up by a megabyte or more). Two arenas cost no measurable time.
        _ = glibcMallopt(glibcArenaMax, 2)
        #endif
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error).rawValue == 64 {
                StandardError.write(fullMessage(for: error) + "\n")
                Self.exit(withError: ExitCode(2))
            }
            Self.exit(withError: error)
        }
    }
}

#if os(Linux)
/// glibc's `mallopt` (declared in <malloc.h>, which the Glibc module does not export).
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
/// `M_ARENA_MAX` from <malloc.h>.
private let glibcArenaMax: Int32 = -8
#endif
