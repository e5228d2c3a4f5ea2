import Foundation
import GoTemplate

/// Parses the root chart's templates on a second thread while the rest of the work that
/// templates do not depend on goes on: loading the chart's other files and decoding its values
/// (when the loader hands templates over as it reads them, `ChartLoader.load(...,
/// parsingTemplatesEarly:)`), processing dependencies and coalescing values. When the renderer
/// needs the trees it joins in and parses what is left itself, so both cores finish the parse
/// together. The engine takes a file's trees from here only when its name and text match;
/// anything else (subcharts, which aliases may rename) is parsed in line as before, and a parse
/// error is rethrown where the engine would have met it, so results and errors do not change.
final class TemplatePreparser: @unchecked Sendable {
    struct Entry {
        var text: String
        var result: Result<ParsedTemplateFile, TemplateError>
    }

    /// The set the trees are parsed for; let go once the render has it (`finish`), so a
    /// cached chart holding this parser does not keep a render's templates alive.
    private(set) var set: TemplateSet?
    /// Guards everything below; the background thread waits on it for files still to come.
    private let condition = NSCondition()
    private var files: [(name: String, text: String)] = []
    private var results: [Result<ParsedTemplateFile, TemplateError>?] = []
    private var next = 0
    /// No more files will be offered.
    private var sealed = false
    private var claimedByRender = false
    private let backgroundDone = DispatchSemaphore(value: 0)
    private var started = false
    private var entries: [String: Entry] = [:]
    /// Parser recursion follows template nesting; this matches the main thread's headroom.
    private static let stackSize = 16 << 20

    init(set: TemplateSet) { self.set = set }

    /// Starts the background thread; files follow with `offer`, and `seal` ends them.
    func startThread() {
        let thread = Thread { [self] in
            parseUntilNoneLeft(waitingForFiles: true)
            backgroundDone.signal()
        }
        thread.stackSize = Self.stackSize
        started = true
        thread.start()
    }

    /// Starts parsing `chart`'s own templates (the names the engine will give them).
    func start(_ chart: Chart) {
        startThread()
        for template in chart.templates { offer(name: chart.name + "/" + template.name, text: template.text) }
        seal()
    }

    /// Queues one file for the background thread.
    func offer(name: String, text: String) {
        condition.lock()
        files.append((name, text))
        results.append(nil)
        condition.signal()
        condition.unlock()
    }

    /// No more files: the background thread stops once the queue is empty.
    func seal() {
        condition.lock()
        sealed = true
        condition.broadcast()
        condition.unlock()
    }

    /// True for the first render that asks: a loaded chart may be rendered many times (and
    /// on several threads), and only one render may take this set and its trees.
    func claimForRender() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if claimedByRender { return false }
        claimedByRender = true
        return true
    }

    /// Parses files nobody has claimed yet; the background thread also waits for files that
    /// are still being read.
    private func parseUntilNoneLeft(waitingForFiles: Bool) {
        guard let set else { return }
        while let (index, file) = claim(waiting: waitingForFiles) {
            let result: Result<ParsedTemplateFile, TemplateError>
            do {
                result = .success(try set.parseDetached(file.text, name: file.name))
            } catch let e as TemplateError {
                result = .failure(e)
            } catch {
                result = .failure(.general("\(error)"))
            }
            condition.lock()
            results[index] = result
            condition.unlock()
        }
    }

    private func claim(waiting: Bool) -> (Int, (name: String, text: String))? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if next < files.count {
                next += 1
                return (next - 1, files[next - 1])
            }
            if sealed || !waiting { return nil }
            condition.wait()
        }
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
        set = nil
    }

    private func collect(helping: Bool) {
        if helping {
            seal()
            parseUntilNoneLeft(waitingForFiles: false)
        } else {
            stopClaims()
        }
        backgroundDone.wait()
        started = false
        condition.lock()
        for (index, file) in files.enumerated() {
            if let result = results[index] { entries[file.name] = Entry(text: file.text, result: result) }
        }
        files = []
        results = []
        condition.unlock()
    }

    /// Makes the background thread stop after its current file.
    private func stopClaims() {
        condition.lock()
        next = files.count
        sealed = true
        condition.broadcast()
        condition.unlock()
    }
}
