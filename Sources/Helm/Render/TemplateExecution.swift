import Foundation
import GoTemplate

/// Executes a chart's templates in Helm's order with Helm's sequential meaning, on several
/// threads when that provably gives the same result.
///
/// Go runs the templates one after another over shared maps, and charts do write to them:
/// every Big Bang template begins with a helper that `set`s `.Values._customPackages`, and
/// each package's HelmRelease template `merge`s the global flux settings into its own. So the
/// first template runs alone on the real state; the rest are cut into consecutive chunks, each
/// run in order on its own watched copy of the state as the first template left it
/// (`TemplateGraph.watchedCopy`). A chunk saw what sequential execution would have shown it
/// when it read none of the maps the chunks before it changed (re-setting a value to what it
/// was is no change). When one did, everything after the first template is executed again,
/// sequentially. Errors are reported as Go would: the first failing template in order.
struct TemplateExecution {
    struct Job {
        let key: String
        /// The chart-scoped data map (shared by the chart's templates, as in Go).
        let data: TemplateMap
        let basePath: String
    }

    let set: TemplateSet
    let jobs: [Job]
    let makeState: () -> RenderState
    /// Threads to use; 1 executes sequentially.
    var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Below this many templates the copies and checks cost more than they save.
    static let minimumJobsForParallel = 16
    static let chunksPerWorker = 4

    /// The rendered text of every job, in job order.
    ///
    /// `whileLastRuns` receives the text of every job but the last and runs on another thread
    /// while the last job executes: for a last job whose text none of that work needs (Helm's
    /// NOTES.txt, rendered only so its errors count). An error of the last job comes first,
    /// as it would in Go's order; then one from `whileLastRuns`.
    func run(whileLastRuns: (([(path: String, content: String)]) throws -> Void)? = nil) throws
        -> [(path: String, content: String)] {
        try TemplateSet.withExecutionThread {
            let state = makeState()
            let identityRoots = self.identityRoots
            guard let last = jobs.indices.last else {
                try whileLastRuns?([])
                return []
            }
            var rendered: [(path: String, content: String)]
            if workers > 1, jobs.count >= Self.minimumJobsForParallel {
                rendered = try runSequentially(jobs.prefix(1), roots: identityRoots, state: state)
                rendered += try runMiddle(state: state)
            } else {
                rendered = try runSequentially(jobs[..<last], roots: identityRoots, state: state)
            }
            let lastText = try Self.overlapping(whileLastRuns.map { work in { try work(rendered) } }) {
                try execute(jobs[last], root: identityRoots[ObjectIdentifier(jobs[last].data)] ?? jobs[last].data,
                            state: state)
            }
            return rendered + [(jobs[last].key, lastText)]
        }
    }

    /// Runs `body` here and `side` (when given) on another thread at the same time; `body`'s
    /// error wins over `side`'s.
    private static func overlapping<T>(_ side: (() throws -> Void)?, _ body: () throws -> T) throws -> T {
        guard let side else { return try body() }
        let outcome = SideOutcome()
        let group = DispatchGroup()
        let result = withoutActuallyEscaping(side) { escapable in
            DispatchQueue.global().async(group: group) {
                do { try escapable() } catch { outcome.error = error }
            }
            defer { group.wait() }
            return Result { try body() }
        }
        let value = try result.get()
        if let error = outcome.error { throw error }
        return value
    }

    /// Every distinct chart data map, in first-seen order.
    private var roots: [TemplateMap] {
        var seen: Set<ObjectIdentifier> = []
        return jobs.compactMap { seen.insert(ObjectIdentifier($0.data)).inserted ? $0.data : nil }
    }

    private var identityRoots: [ObjectIdentifier: TemplateMap] {
        Dictionary(roots.map { (ObjectIdentifier($0), $0) }, uniquingKeysWith: { a, _ in a })
    }

    private func runSequentially(_ slice: ArraySlice<Job>, roots: [ObjectIdentifier: TemplateMap],
                                 state: RenderState) throws -> [(path: String, content: String)] {
        var rendered: [(path: String, content: String)] = []
        rendered.reserveCapacity(slice.count)
        for job in slice {
            rendered.append((job.key, try execute(job, root: roots[ObjectIdentifier(job.data)] ?? job.data, state: state)))
        }
        return rendered
    }

    private func execute(_ job: Job, root: TemplateMap, state: RenderState) throws -> String {
        root["Template"] = .map(["Name": .string(job.key), "BasePath": .string(job.basePath)])
        do {
            return try set.executeToString(job.key, data: .map(root), userInfo: state).replacingNoValue()
        } catch let e as TemplateError {
            throw TemplateEngine.execError(job.key, e)
        }
    }

    /// The jobs between the first and the last, in chunks on watched copies, then checked and
    /// assembled in order. (The last template, usually NOTES.txt, which often reads across all
    /// values, runs after them on the real state: run early, it would mostly see a stale one.)
    private func runMiddle(state: RenderState) throws -> [(path: String, content: String)] {
        let originals = roots
        // Also builds every decoded map still pending in the state, before threads copy it.
        let counts = TemplateGraph.referenceCounts(originals)
        let middle = jobs.indices.dropFirst().dropLast()
        let chunks = Self.chunks(of: middle, count: workers * Self.chunksPerWorker)
        let board = ChunkBoard(count: chunks.count)
        try TemplateSet.withExecutionThreads(count: min(workers, chunks.count)) { _ in
            let workerState = makeState()
            while let c = board.claim() {
                board.post(runChunk(chunks[c], originals: originals, counts: counts, state: workerState), at: c)
            }
        }

        var rendered: [(path: String, content: String)] = []
        rendered.reserveCapacity(middle.count)
        var changedSoFar: Set<ObjectIdentifier> = []
        for c in chunks.indices {
            let result = board.result(at: c)
            guard let record = result.record, record.read.isDisjoint(with: changedSoFar) else {
                // This chunk read what an earlier one changed (or could not run on a copy):
                // bring the real state to where the earlier chunks left it and go on in Go's
                // order from here.
                applyChanges(of: 0..<c, board)
                return rendered + (try runSequentially(jobs[chunks[c].lowerBound..<middle.upperBound],
                                                       roots: identityRoots, state: state))
            }
            rendered += result.rendered
            if let failure = result.failure { throw failure }
            changedSoFar.formUnion(record.changes.map { ObjectIdentifier($0.original) })
        }
        applyChanges(of: chunks.indices, board)
        return rendered
    }

    /// Writes what the chunks changed into the real state, in order.
    private func applyChanges(of chunks: Range<Int>, _ board: ChunkBoard) {
        for c in chunks {
            for change in board.result(at: c).record?.changes ?? [] { change.apply() }
        }
    }

    /// `range` cut into at most `count` consecutive chunks of near-equal size.
    static func chunks(of range: Range<Int>, count: Int) -> [Range<Int>] {
        let n = max(0, min(range.count, count))
        return (0..<n).map { c in
            (range.lowerBound + range.count * c / n)..<(range.lowerBound + range.count * (c + 1) / n)
        }
    }

    private func runChunk(_ chunk: Range<Int>, originals: [TemplateMap], counts: ReferenceCounts,
                          state: RenderState) -> ChunkResult {
        var result = ChunkResult()
        guard let copy = TemplateGraph.watchedCopy(originals) else { return result }
        defer { copy.close() }
        let mapped = Dictionary(zip(originals.map(ObjectIdentifier.init), copy.roots), uniquingKeysWith: { a, _ in a })
        for index in chunk {
            let job = jobs[index]
            do {
                result.rendered.append((job.key, try execute(job, root: mapped[ObjectIdentifier(job.data)] ?? job.data,
                                                             state: state)))
            } catch {
                result.failure = error
                break
            }
        }
        result.record = (copy.readOriginals, copy.changes(counts: counts, ignoringRootKey: "Template"))
        return result
    }
}

/// The error of work run beside the last job, read once that work is done.
private final class SideOutcome: @unchecked Sendable {
    var error: (any Error)?
}

/// What one chunk produced.
private struct ChunkResult {
    var rendered: [(path: String, content: String)] = []
    /// The first error, after which the chunk stopped (Go stops at the first failing template).
    var failure: (any Error)?
    /// The original maps the chunk read and what it changed; nil when it did not run.
    var record: (read: Set<ObjectIdentifier>, changes: [TemplateMapChange])?
}

/// Hands out chunk indices in order and collects their results.
private final class ChunkBoard: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var results: [ChunkResult?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < results.count else { return nil }
        next += 1
        return next - 1
    }

    func post(_ result: ChunkResult, at index: Int) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    func result(at index: Int) -> ChunkResult {
        lock.lock()
        defer { lock.unlock() }
        return results[index] ?? ChunkResult()
    }
}
