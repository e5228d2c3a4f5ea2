import Foundation

/// Objects a render no longer needs once its output exists: parse trees, template data, decode
/// caches. Tearing those graphs down is a noticeable share of a large render (Big Bang: about
/// a tenth), and nothing has to wait for it, so the last references go to a background queue.
final class RenderLeftovers: @unchecked Sendable {
    private var objects: [Any] = []
    private let lock = NSLock()

    /// Safe from several threads (each execution thread keeps its own state here).
    func keep(_ object: Any) {
        lock.lock()
        objects.append(object)
        lock.unlock()
    }

    /// Takes `leftovers` from the caller and releases it on a utility queue. If the process
    /// exits first, the memory goes back with the process.
    static func releaseInBackground(_ leftovers: inout RenderLeftovers?) {
        guard let taken = leftovers else { return }
        leftovers = nil
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(taken) {} }
    }
}
