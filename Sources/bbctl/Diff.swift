import ArgumentParser
import BigBang

extension DiffLevel: ExpressibleByArgument {}
extension DiffFormat: ExpressibleByArgument {}

/// `bbctl diff`: what a change does to each environment. Exit codes as diff(1): 0 no
/// differences, 1 differences, 2 trouble.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare environments, or an environment across git revisions.",
        discussion: """
            bbctl diff A B compares two environments (or kustomization directories); \
            bbctl diff ENV --ref REV compares ENV at a git revision with the working tree; \
            --ref-a/--ref-b compare two revisions; --all compares every environment and \
            --changed only those the revisions' changed files can affect. Revisions are \
            read from the git object database: no checkout, the working tree is untouched. \
            Objects are matched by group, kind, namespace and name (generated names by \
            their base name); Secret values are never shown without --show-secrets. \
            Exit status: 0 no differences, 1 differences, 2 errors.
            """
    )

    @Argument(help: ArgumentHelp("ENV [ENV]: one environment with --ref, or two to compare.", valueName: "env"))
    var environments: [String] = []

    @Option(help: ArgumentHelp("Compare with the environment at this git revision (side A).", valueName: "rev"))
    var ref: String?

    @Option(name: .customLong("ref-a"), help: ArgumentHelp("Side A's git revision (default: the working tree).", valueName: "rev"))
    var refA: String?

    @Option(name: .customLong("ref-b"), help: ArgumentHelp("Side B's git revision (default: the working tree).", valueName: "rev"))
    var refB: String?

    @Flag(help: "Compare every environment of the repository across the revisions.")
    var all = false

    @Flag(help: "Only the environments whose files (or shared files such as base/) changed between the revisions.")
    var changed = false

    @Option(help: "What to compare: render (what Flux applies), build (kustomize output) or values (each HelmRelease's composed values).")
    var level: DiffLevel = .render

    @Option(name: [.customShort("o"), .customLong("output"), .customLong("format")], help: "Output format: human, unified, json or markdown.")
    var format: DiffFormat = .human

    @Flag(name: .customLong("show-secrets"), help: "Show Secret values instead of masking them.")
    var showSecrets = false

    @Flag(help: "Report changes of list order (ignored by default).")
    var order = false

    @Option(name: [.customShort("U"), .customLong("context")], help: "Lines of context in line diffs.")
    var context: Int = 3

    @OptionGroup var render: RenderFlags

    func validate() throws {
        if ref != nil && refA != nil { throw ValidationError("--ref and --ref-a name the same side; give one") }
        if context < 0 { throw ValidationError("--context must not be negative") }
    }

    private var request: DiffRequest {
        DiffRequest(environments: environments, revisionA: ref ?? refA, revisionB: refB, all: all, changedOnly: changed)
    }

    func run() throws {
        let report: DiffReport
        do {
            let repository = try BigBangRepository.discover(from: ".")
            let options = EnvironmentDiffer.Options(level: level, diff: DiffOptions(showSecrets: showSecrets, order: order, contextLines: context),
                                                    render: try render.options())
            // A request with nothing to compare throws here too: trouble, exit 2 as diff(1).
            report = try EnvironmentDiffer(repository: repository, options: options).run(request)
        } catch {
            DiagnosticPrinter.print([error.asDiagnostic])
            throw ExitCode(2)
        }
        DiagnosticPrinter.print(report.warnings)
        let colored = (format == .human || format == .unified) && StandardOutput.wantsColor
        StandardOutput.write(DiffFormatter(format: format, colored: colored, contextLines: context).render(report))
        if report.hasChanges { throw ExitCode(1) }
    }
}
