import Foundation
import YAML

/// The values-schema check of one render, run once wherever a core is free.
///
/// Helm validates before it renders, and a schema violation is the error it reports even when
/// rendering would have failed too. The check reads only the coalesced values (a value copy
/// no template can change), so the renderer may run it beside template execution — in
/// practice on the core NOTES.txt leaves idle — as long as its verdict is taken first:
/// `verdict()` runs it here if nothing ran it yet and throws its error before the caller
/// reports anything else.
final class DeferredSchemaCheck: @unchecked Sendable {
    private let chart: Chart
    private let values: [String: Value]
    private let lock = NSLock()
    private var done: Bool
    private var failure: (any Error)?

    /// A check that passes at once when `skip` is set (`--skip-schema-validation`).
    init(chart: Chart, values: [String: Value], skip: Bool) {
        self.chart = chart
        self.values = values
        done = skip
    }

    /// Runs the check unless it has run; never throws (the verdict keeps the error).
    func run() {
        lock.lock()
        defer { lock.unlock() }
        if done { return }
        do {
            try SchemaValidator.validateChartTree(chart, values: values)
        } catch {
            failure = error
        }
        done = true
    }

    /// The check's error, running it first when it has not run.
    func verdict() throws {
        run()
        if let failure { throw failure }
    }
}
