import Foundation
import GoTemplate

/// Parses the root chart's templates on a second thread while the renderer processes
/// dependencies, coalesces values and validates the schema, none of which templates depend
/// on. The engine takes a file's trees from here only when its name and text match; anything
/// else (subcharts, which aliases may rename) is parsed in line as before, and a parse error
/// is rethrown where the engine would have met it, so results and errors do not change.
final class TemplatePreparser: @unchecked Sendable {
    struct Entry {
        var text: String
        var result: Result<ParsedTemplateFile, TemplateError>
    }

    let set: TemplateSet
    private var entries: [String: Entry] = [:]
    private let done = DispatchSemaphore(value: 0)
    private var started = false
    /// Parser recursion follows template nesting; this matches the main thread's headroom.
    private static let stackSize = 16 << 20

    init(set: TemplateSet) { self.set = set }

    /// Starts parsing `chart`'s own templates (the names the engine will give them).
    func start(_ chart: Chart) {
        let files = chart.templates.map { (name: chart.name + "/" + $0.name, text: $0.text) }
        let thread = Thread { [self] in
            var parsed: [String: Entry] = [:]
            for file in files {
                let result: Result<ParsedTemplateFile, TemplateError>
                do {
                    result = .success(try set.parseDetached(file.text, name: file.name))
                } catch let e as TemplateError {
                    result = .failure(e)
                } catch {
                    result = .failure(.general("\(error)"))
                }
                parsed[file.name] = Entry(text: file.text, result: result)
            }
            entries = parsed
            done.signal()
        }
        thread.stackSize = Self.stackSize
        started = true
        thread.start()
    }

    /// Waits for the background parse (once), then hands out the entry for `name` if it was
    /// parsed from exactly `text`.
    func take(_ name: String, text: String) -> Result<ParsedTemplateFile, TemplateError>? {
        if started {
            done.wait()
            started = false
        }
        guard let entry = entries.removeValue(forKey: name), entry.text == text else { return nil }
        return entry.result
    }

    /// Waits for the background thread so nothing outlives the render (also on error paths).
    func finish() {
        if started {
            done.wait()
            started = false
        }
        entries = [:]
    }
}
