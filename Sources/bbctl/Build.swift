import ArgumentParser
import BigBang
import FileSystem

/// `bbctl build PATH`: the same bytes as `kustomize build PATH` (kustomize v5.7.1).
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a kustomization directory (the same output as kustomize build).",
        discussion: """
            Prints exactly what `kubectl kustomize PATH` (kustomize v5.7.1) prints. Remote \
            bases (git URLs) come from the bbctl cache ($BBCTL_CACHE, default ~/.cache/bbctl) \
            and are fetched, through git config url.<base>.insteadOf mirrors, when missing. \
            helmCharts and exec/container plugins are not supported.
            """
    )

    @Argument(help: "The kustomization directory (default: the current directory).", completion: .directory)
    var path: String = "."

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write the output to this file instead of stdout.", valueName: "file"), completion: .file())
    var outputFile: String?

    @Flag(help: "Never fetch remote bases; a missing one is an error naming its URL and ref.")
    var offline = false

    func run() throws {
        let result: CommandOutput
        do {
            result = try KustomizeBuild(options: .init(offline: offline)).run(at: path)
        } catch {
            throw DiagnosticPrinter.fail(error)
        }
        DiagnosticPrinter.print(result.warnings)
        if let file = outputFile {
            do {
                try DiskFileSystem().writeText(file, result.text)
            } catch {
                throw DiagnosticPrinter.fail(error)
            }
        } else {
            StandardOutput.write(result.text)
        }
    }
}
