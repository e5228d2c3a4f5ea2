import Testing

/// `bbctl diff` as users run it: exit status as diff(1) and no Secret value in any format.
@Suite struct DiffCLITests {
    static let dev = "examples/customer/dev", prod = "examples/customer/prod"

    @Test(arguments: [
        CLITests.Row(args: ["diff", dev, prod, "--level", "build"], status: 1, stdoutContains: "dev → prod: "),
        CLITests.Row(args: ["diff", dev, prod, "--level", "build", "-o", "json"], status: 1, stdoutContains: "\"differences\": true"),
        CLITests.Row(args: ["diff", dev, prod, "--level", "build", "--format", "unified"], status: 1, stdoutContains: "--- a/dev\n+++ b/prod\n"),
        CLITests.Row(args: ["diff", dev, prod, "--level", "build", "-o", "markdown"], status: 1, stdoutContains: "| dev → prod |"),
        CLITests.Row(args: ["diff", dev, dev, "--level", "build"], status: 0, stdoutContains: "dev: no differences"),
        CLITests.Row(args: ["diff", dev], status: 2, stderrContains: "give --ref REV"),
        CLITests.Row(args: ["diff", "nowhere", "--ref", "HEAD"], status: 2, stderrContains: "error: "),
        CLITests.Row(args: ["diff", dev, prod, "--level", "nonsense"], status: 2),
    ])
    func command(row: CLITests.Row) throws {
        let run = try CLITests.bbctl(row.args, env: ["NO_COLOR": "1"])
        #expect(run.status == row.status, "stderr: \(run.stderr)")
        if !row.stdoutContains.isEmpty { #expect(run.stdout.contains(row.stdoutContains), "stdout: \(run.stdout)") }
        if !row.stderrContains.isEmpty { #expect(run.stderr.contains(row.stderrContains), "stderr: \(run.stderr)") }
    }

    @Test(arguments: ["human", "unified", "json", "markdown"])
    func secretValuesAreNeverPrinted(format: String) throws {
        let run = try CLITests.bbctl(["diff", Self.dev, Self.prod, "--level", "build", "-o", format], env: ["NO_COLOR": "1"])
        #expect(run.status == 1)
        #expect(!run.stdout.contains("not-a-real-secret"))
        let shown = try CLITests.bbctl(["diff", Self.dev, Self.prod, "--level", "build", "-o", format, "--show-secrets"])
        #expect(shown.stdout.contains("not-a-real-secret"))
    }
}
