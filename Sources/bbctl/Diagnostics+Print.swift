import ArgumentParser
import Diagnostics

/// Commands print their own diagnostics (compiler style, on stderr) and exit non-zero, so
/// errors never reach ArgumentParser's generic `Error:` line.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        StandardError.write(DiagnosticRenderer(colored: StandardError.wantsColor).render(diagnostics))
    }

    /// Prints `error` as a diagnostic and returns the exit code to throw.
    static func fail(_ error: Error) -> ExitCode {
        print([error.asDiagnostic])
        return ExitCode.failure
    }
}
