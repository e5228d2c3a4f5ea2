import Foundation
import GoTemplate

/// Parses the root chart's templates on a second thread while the renderer processes
/// dependencies, coalesces values and validates the schema, none of which templates depend
/// on; when the renderer needs the trees it joins in and parses what is left itself, so both
/// cores finish the parse together. The engine takes a file's trees from here only when its
/// name and text match; anything else (subcharts, which aliases may rename) is parsed in line
/// as before, and a parse error is rethrown where the engine would have met it, so results
/// and errors do not change.
final class TemplatePreparser: @unchecked Sendable {
    struct Entry {
        var text: String
        var result: Result<ParsedTemplateFile, TemplateError>
    }

    let set: TemplateSet
    private var files: [(name: String, text: String)] = []
    private var results: [Result<ParsedTemplateFile, TemplateError>?] = []
    private var next = 0
    private let lock = NSLock()
    private let backgroundDone = DispatchSemaphore(value: 0)
    private var started = false
    private var entries: [String: Entry] = [:]
    /// Parser recursion follows template nesting; this matches the main thread's headroom.
    private static let stackSize = 16 << 20

    init(set: TemplateSet) { self.set = set }

    /// Starts parsing `chart`'s own templates (the names the engine will give them).
    func start(_ chart: Chart) {
        files = chart.templates.map { (name: chart.name + "/" + $0.name, text: $0.text) }
        results = Array(repeating: nil, count: files.count)
        let thread = Thread { [self] in
            parseUntilNoneLeft()
            backgroundDone.signal()
        }
        thread.stackSize = Self.stackSize
        started = true
        thread.start()
    }

    /// Parses files nobody has claimed yet.
    private func parseUntilNoneLeft() {
        while let index = claim() {
            let file = files[index]
            let result: Result<ParsedTemplateFile, TemplateError>
            do {
                result = .success(try set.parseDetached(file.text, name: file.name))
            } catch let e as TemplateError {
                result = .failure(e)
            } catch {
                result = .failure(.general("\(error)"))
            }
            lock.lock()
            results[index] = result
            lock.unlock()
        }
    }

    private func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < files.count else { return nil }
        next += 1
        return next - 1
    }

    /// Helps parse what is left, waits for the background thread (once), then hands out the
    /// entry for `name` if it was parsed from exactly `text`.
    func take(_ name: String, text: String) -> Result<ParsedTemplateFile, TemplateError>? {
        if started { collect(helping: true) }
        guard let entry = entries.removeValue(forKey: name), entry.text == text else { return nil }
        return entry.result
    }

    /// Waits for the background thread so nothing outlives the render (also on error paths).
    func finish() {
        if started { collect(helping: false) }
        entries = [:]
    }

    private func collect(helping: Bool) {
        if helping { parseUntilNoneLeft() } else { stopClaims() }
        backgroundDone.wait()
        started = false
        for (index, file) in files.enumerated() {
            if let result = results[index] { entries[file.name] = Entry(text: file.text, result: result) }
        }
        files = []
        results = []
    }

    /// Makes the background thread stop after its current file.
    private func stopClaims() {
        lock.lock()
        next = files.count
        lock.unlock()
    }
}
