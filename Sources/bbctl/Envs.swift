import ArgumentParser
import BigBang

/// `bbctl envs`: the repository's environments, for CI fan-out (`-o json`).
struct Envs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "envs",
        abstract: "List the repository's environments (name, path, production).",
        discussion: "From .bbctl.yaml environments, else the overlay directories (dev, staging, prod first). -o json gives a list of {name, path, production}."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: [.customShort("o"), .customLong("output")], help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let repository: BigBangRepository
        do {
            repository = try BigBangRepository.discover(from: ".")
        } catch {
            throw DiagnosticPrinter.fail(error)
        }
        let list = EnvironmentList(repository: repository)
        StandardOutput.write(format == .json ? list.json() : list.text())
    }
}
