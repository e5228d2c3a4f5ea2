import Dispatch
import Foundation

/// The one way the engines spread independent work over the cores: `transform` on every item
/// at once, results (or errors) in input order, so callers report the first failure in order.
package enum Concurrently {
    package static func map<T, R>(_ items: [T], _ transform: (T) throws -> R) -> [Result<R, Error>] {
        guard items.count > 1 else { return items.map { item in Result { try transform(item) } } }
        let slots = Slots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            slots.set(i, Result { try transform(items[i]) })
        }
        return slots.values
    }

    /// `map` for work that cannot fail.
    package static func map<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
        map(items, { try transform($0) } as (T) throws -> R).compactMap { try? $0.get() }
    }

    /// Slots written from concurrent iterations, one index each.
    private final class Slots<R>: @unchecked Sendable {
        private var slots: [Result<R, Error>?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Result<R, Error>) { lock.withLock { slots[index] = value } }

        /// Every iteration sets its slot before concurrentPerform returns.
        var values: [Result<R, Error>] { lock.withLock { slots.compactMap { $0 } } }
    }
}
