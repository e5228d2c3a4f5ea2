import ArgumentParser
import BigBang

@main
struct BBCtl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bbctl",
        abstract: "Render, diff, promote and validate Big Bang GitOps deployment repositories.",
        version: "0.1.0",
        subcommands: []
    )
}
