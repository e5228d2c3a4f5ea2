import ArgumentParser
import BigBang
import FileSystem

/// `bbctl values ENV`: the values helm-controller would give each HelmRelease.
struct Values: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "values",
        abstract: "Print the values Flux composes for an environment's HelmReleases (valuesFrom, then spec.values).",
        discussion: "With --show-origin every leaf is annotated with the file:line (or object and key) that set it; later sources win."
    )

    @Argument(help: "The environment.", completion: .directory)
    var environment: String

    @Option(help: "Only this HelmRelease (name or namespace/name; default: the environment's own HelmReleases).")
    var release: String?

    @Flag(name: .customLong("show-origin"), help: "Annotate each value with where it was set.")
    var showOrigin = false

    @OptionGroup var render: RenderFlags
    @OptionGroup var output: OutputOptions

    func run() throws {
        do {
            let request = RenderRequest(environments: [environment], options: try render.options())
            let (repository, _) = try request.resolve()
            let renders = try request.run()
            guard let result = renders.first else { return }
            DiagnosticPrinter.print(result.warnings)
            let view = ValuesView(release: release, showOrigin: showOrigin, format: output.format == .json ? .json : .yaml)
            StandardOutput.write(try view.text(for: result, root: repository.root))
        } catch let error as ValidationError {
            throw error
        } catch {
            throw DiagnosticPrinter.fail(error)
        }
    }
}
