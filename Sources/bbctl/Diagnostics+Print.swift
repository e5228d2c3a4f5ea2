import ArgumentParser
import Diagnostics
import Helm

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

/// Helm's own error line (`Error: ...`, what scripts around `helm template` grep for),
/// followed by the located diagnostic when the error points into a file.
enum HelmErrorPrinter {
    static func fail(_ error: Error) -> ExitCode {
        if let helm = error as? HelmError {
            StandardError.write("Error: \(helm.helmMessage)\n")
            let d = helm.diagnostic
            if d.location != nil { DiagnosticPrinter.print([d]) }
            return ExitCode.failure
        }
        return DiagnosticPrinter.fail(error)
    }
}
