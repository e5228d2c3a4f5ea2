import Foundation

extension ExecutionContext {
    /// Stack for executions: deep `template`/`include` recursion must end in Go's depth error,
    /// not a stack overflow, and the main thread's 8 MB are not enough for that.
    static let executionStackSize = 512 << 20

    /// Runs `body` on a thread with a large stack and waits for it. Nested executions (a
    /// function calling back into the engine) are already on such a thread and run inline.
    func runOnLargeStack(_ body: @escaping () throws -> Void) throws {
        if Thread.current.threadDictionary["GoTemplate.largeStack"] != nil {
            try body()
            return
        }
        final class Box: @unchecked Sendable {
            var error: (any Error)?
            let body: () throws -> Void
            init(_ body: @escaping () throws -> Void) { self.body = body }
        }
        let box = Box(body)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            Thread.current.threadDictionary["GoTemplate.largeStack"] = true
            do { try box.body() } catch { box.error = error }
            done.signal()
        }
        thread.stackSize = ExecutionContext.executionStackSize
        thread.start()
        done.wait()
        if let error = box.error { throw error }
    }
}
