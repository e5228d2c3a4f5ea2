import Foundation

extension ExecutionContext {
    /// Stack for executions: deep `template`/`include` recursion must end in Go's depth error,
    /// not a stack overflow, and the main thread's 8 MB are not enough for that.
    static let executionStackSize = 1 << 30
    /// Stack an execution may use before recursion is reported as too deep; the rest is
    /// headroom for the frames between two checks (a function call, the error path).
    static let stackBudget = executionStackSize - (96 << 20)
    /// The execution thread's stack base, per thread. A pthread key rather than Foundation's
    /// thread dictionary: that one bridges and casts on every lookup, and every template
    /// execution looks.
    nonisolated(unsafe) private static let stackBaseKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Runs `body` on a thread with a large stack and waits for it. Nested executions (a
    /// function calling back into the engine) are already on such a thread and run inline.
    func runOnLargeStack(_ body: @escaping () throws -> Void) throws {
        if let base = Self.currentStackBase {
            stackBase = base
            try body()
            return
        }
        try Self.runOnExecutionThread { [self] base in
            stackBase = base
            try body()
        }
    }

    /// The stack base of the execution thread running now, nil on any other thread.
    static var currentStackBase: UInt? { pthread_getspecific(stackBaseKey).map { UInt(bitPattern: $0) } }

    /// Starts one large-stack thread, runs `body` on it with the thread's stack base, and waits.
    static func runOnExecutionThread(_ body: @escaping (UInt) throws -> Void) throws {
        try startExecutionThread(body)()
    }

    /// Starts one large-stack thread running `body` with the thread's stack base; the result
    /// waits for it and rethrows its error.
    static func startExecutionThread(_ body: @escaping (UInt) throws -> Void) -> () throws -> Void {
        final class Box: @unchecked Sendable {
            var error: (any Error)?
            /// Dropped as soon as it has run: callers pass closures that must not outlive the
            /// call (`withoutActuallyEscaping`), while the thread object may live on a little.
            var body: ((UInt) throws -> Void)?
            init(_ body: @escaping (UInt) throws -> Void) { self.body = body }
        }
        let box = Box(body)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            var marker = 0
            let base = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
            pthread_setspecific(Self.stackBaseKey, UnsafeRawPointer(bitPattern: base))
            do { try box.body?(base) } catch { box.error = error }
            box.body = nil
            done.signal()
        }
        thread.stackSize = ExecutionContext.executionStackSize
        thread.start()
        return {
            done.wait()
            if let error = box.error { throw error }
        }
    }

    /// Whether this thread has used up the stack budget (stacks grow down on every platform
    /// Swift runs on). Without a known base (not on an execution thread) it never is.
    var stackExhausted: Bool {
        guard stackBase != 0 else { return false }
        var marker = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return stackBase > here && stackBase - here > UInt(Self.stackBudget)
    }
}
