import ArgumentParser
import BigBang

/// `bbctl promote FROM TO`: carries FROM's values to TO, editing TO's files in place.
struct Promote: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promote",
        abstract: "Promote values from one environment to another, keeping the target's own settings.",
        discussion: """
            Applies to TO the values FROM has that TO should receive, editing TO's files in \
            place: only the changed values are rewritten; comments, key order, quoting and \
            indentation stay. Paths in the keep-list (.bbctl.yaml promote.keep; defaults \
            such as domain, **.hosts, **.replicas, **.resources, istio.gateways.*.tls) and \
            names, namespaces and overlay paths are never promoted. When a previous \
            `promote --commit` is recorded (trailer Promoted-From: FROM@<commit>), only \
            FROM's changes since then are applied, and a value TO changed differently is a \
            conflict: nothing is written unless --strategy says whose value wins. \
            Files are written all or none. Exit status: 0 promoted or nothing to do, \
            1 conflicts, 2 error.
            """
    )

    @Argument(help: "The environment to promote from (e.g. dev).")
    var from: String

    @Argument(help: "The environment to promote to (e.g. staging).")
    var to: String

    @Flag(name: .customLong("dry-run"), help: "Print the plan and the diff of TO's files; write nothing.")
    var dryRun = false

    @Flag(help: "Commit TO's files (message `promote: FROM -> TO`, trailer Promoted-From).")
    var commit = false

    @Flag(help: "Write even when TO's files have uncommitted changes.")
    var force = false

    @Option(help: ArgumentHelp("Settle conflicts: ours keeps TO's value, theirs takes FROM's.", valueName: "ours|theirs"))
    var strategy: ConflictStrategy?

    @Option(help: ArgumentHelp("Promote only this part (version: the Big Bang version everywhere TO names it).", valueName: "version"))
    var only: OnlyPart?

    @Flag(name: .customLong("include-secrets"), help: "Promote values of SOPS-encrypted files (decrypted in memory only).")
    var includeSecrets = false

    @Option(name: [.customShort("o"), .customLong("output")], help: "Output format: text or json.")
    var format: Format = .text

    enum OnlyPart: String, ExpressibleByArgument, CaseIterable { case version }
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        if dryRun && commit { throw ValidationError("--dry-run and --commit cannot be used together") }
        if from == to { throw ValidationError("FROM and TO are the same environment") }
    }

    func run() throws {
        let result: PromotionRun
        do {
            let options = PromoteOptions(strategy: strategy, onlyVersion: only == .version,
                                         includeSecrets: includeSecrets, force: force)
            result = try PromotionRun.run(from: from, to: to, in: ".", dryRun: dryRun, commit: commit, options: options)
        } catch {
            DiagnosticPrinter.print([error.asDiagnostic])
            throw ExitCode(2)
        }
        DiagnosticPrinter.print(result.plan.warnings)
        StandardOutput.write(format == .json ? result.json : result.text)
        if !result.plan.conflicts.isEmpty { throw ExitCode(1) }
    }
}

extension ConflictStrategy: ExpressibleByArgument {}
