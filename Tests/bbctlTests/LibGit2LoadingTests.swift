import Testing
import Foundation

/// libgit2 is loaded on the first git call (Sources/CGit2/LibGit2Loader.c), so only commands
/// that read git need it, and a missing libgit2 is an error message, not a crash. The built
/// binary runs in a subprocess with `BBCTL_LIBGIT2` naming a library that does not exist.
@Suite struct LibGit2LoadingTests {
    static let bogus = ["BBCTL_LIBGIT2": "/nonexistent/libgit2.so", "NO_COLOR": "1"]

    @Test func commandsWithoutGitDoNotLoadLibgit2() throws {
        let version = try CLITests.bbctl(["--version"], env: Self.bogus)
        #expect(version.status == 0, "stderr: \(version.stderr)")
        let build = try CLITests.bbctl(["build", "examples/customer/prod"], env: Self.bogus)
        #expect(build.status == 0, "stderr: \(build.stderr)")
        #expect(build.stdout.contains("kind: HelmRelease"))
    }

    #if os(Linux)
    /// `LD_TRACE_LOADED_OBJECTS` makes the dynamic loader list what it maps at start-up (what
    /// `ldd` prints) instead of running the program.
    @Test func libgit2IsNotLoadedAtStartUp() throws {
        let run = try CLITests.bbctl(["--version"], env: ["LD_TRACE_LOADED_OBJECTS": "1"])
        #expect(run.stdout.contains("libc.so"), "stdout: \(run.stdout)")
        #expect(!run.stdout.contains("libgit2"), "stdout: \(run.stdout)")
    }
    #endif

    @Test func missingLibgit2IsAClearError() throws {
        let run = try CLITests.bbctl(["diff", "examples/customer/dev", "--ref", "HEAD", "--level", "build"], env: Self.bogus)
        #expect(run.status != 0)
        #expect(run.stderr.contains("error: git: "), "stderr: \(run.stderr)")
        #expect(run.stderr.contains("libgit2 could not be loaded: /nonexistent/libgit2.so"), "stderr: \(run.stderr)")
        #expect(run.stderr.contains("(from BBCTL_LIBGIT2)"), "stderr: \(run.stderr)")
    }
}
