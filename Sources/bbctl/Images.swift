import ArgumentParser
import BigBang
import YAML

/// `bbctl images ENV`: the container images an environment would pull.
struct Images: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "images",
        abstract: "List every container image a rendered environment would pull (sorted, unique).",
        discussion: "Workload containers (init and ephemeral included) and image settings in HelmRelease values. Use --depth packages to template package charts too."
    )

    @Argument(help: "Environments (default: all).", completion: .directory)
    var environments: [String] = []

    @OptionGroup var render: RenderFlags
    @OptionGroup var output: OutputOptions

    func run() throws {
        do {
            let renders = try RenderRequest(environments: environments, options: try render.options()).run()
            var images = Set<String>()
            for r in renders {
                DiagnosticPrinter.print(r.warnings)
                images.formUnion(ImageList.images(in: r))
            }
            let sorted = images.sorted()
            if output.format == .json {
                StandardOutput.write(try GoJSONEncoder.encode(.list(sorted.map { .string($0) }), escapeHTML: false, indent: "    ") + "\n")
            } else {
                StandardOutput.write(sorted.map { $0 + "\n" }.joined())
            }
        } catch let error as ValidationError {
            throw error
        } catch {
            throw DiagnosticPrinter.fail(error)
        }
    }
}
