/// Copies of the map graphs templates share, for running templates speculatively.
///
/// Go maps are references, so a template can change what later templates see
/// (`set .Values "x" 1`). A caller that runs later templates on a copy of the state must
/// afterwards prove that the copy gave them what sequential execution would have: every copied
/// map reports whether it was read and whether it was written, and `WatchedGraphCopy` tells which
/// original maps a run really changed. A later run is sound when it read none of the maps
/// earlier runs changed.
public enum TemplateGraph {
    /// Past this nesting the graph is not copied (callers then keep to sequential execution).
    static let maxDepth = 10_000

    /// A watched deep copy of `roots`: every map reachable from them is copied once, so maps
    /// reached along several paths stay shared in the copy. Lists are copied with their
    /// elements; other values (strings, numbers, objects, which are immutable) are shared.
    public static func watchedCopy(_ roots: [TemplateMap]) -> WatchedGraphCopy? {
        var copier = Copier(log: AccessLog())
        let copies = roots.map { copier.copy($0, depth: 0) }
        return copier.tooDeep ? nil : WatchedGraphCopy(originals: roots, roots: copies, log: copier.log)
    }

    /// How many references every map reachable from `roots` has (from maps and lists in the
    /// graph; the roots count the caller's reference too). Walking the entries builds every
    /// map still pending on a decoded document (`TemplateMap(decoded:)`), so the copies made
    /// afterwards, on several threads at once, only ever read the originals.
    public static func referenceCounts(_ roots: [TemplateMap]) -> ReferenceCounts {
        var counts = ReferenceCounts()
        var stack: [TemplateValue] = roots.map { .map($0) }
        while let value = stack.popLast() {
            switch value {
            case .map(let m):
                let id = ObjectIdentifier(m)
                counts.counts[id, default: 0] += 1
                if counts.counts[id] == 1 { stack.append(contentsOf: m.unwatchedEntries.values) }
            case .list(let items, _):
                stack.append(contentsOf: items)
            default: break
            }
        }
        return counts
    }

    private struct Copier {
        let log: AccessLog
        var copies: [ObjectIdentifier: TemplateMap] = [:]
        var tooDeep = false

        mutating func copy(_ map: TemplateMap, depth: Int) -> TemplateMap {
            if let done = copies[ObjectIdentifier(map)] { return done }
            // A pending map's entries would be built here, on several threads at once; the
            // caller builds them first (`referenceCounts`), and gives up the copy otherwise.
            guard depth < TemplateGraph.maxDepth, !map.isPending else {
                tooDeep = true
                return map
            }
            let result = TemplateMap([:], namedType: map.namedType)
            // Registered before the entries so a cycle back to this map finds the copy.
            copies[ObjectIdentifier(map)] = result
            // mapValues keeps the hash layout: no key is hashed again.
            let entries = map.unwatchedEntries.mapValues { copy($0, depth: depth + 1) ?? $0 }
            result.storage = entries
            result.watch = TemplateMapWatch(origin: map, log: log)
            return result
        }

        /// The copy of `value`, or nil when it holds no map and can be shared as it is.
        mutating func copy(_ value: TemplateValue, depth: Int) -> TemplateValue? {
            switch value {
            case .map(let m): return .map(copy(m, depth: depth))
            case .list(let items, let kind):
                var copied: [TemplateValue]? = nil
                for (i, item) in items.enumerated() {
                    guard let c = copy(item, depth: depth + 1) else { continue }
                    if copied == nil { copied = items }
                    copied?[i] = c
                }
                return copied.map { .list($0, kind) }
            default: return nil
            }
        }
    }
}

/// Reference counts of the maps of one graph (`TemplateGraph.referenceCounts`).
public struct ReferenceCounts: Sendable {
    var counts: [ObjectIdentifier: Int] = [:]
    subscript(map: TemplateMap) -> Int { counts[ObjectIdentifier(map)] ?? 0 }
}

/// A watched copy of a graph and what happened to it.
public final class WatchedGraphCopy {
    /// The copies of the roots, in the order given.
    public let roots: [TemplateMap]
    let originals: [TemplateMap]
    private let log: AccessLog

    init(originals: [TemplateMap], roots: [TemplateMap], log: AccessLog) {
        self.originals = originals
        self.roots = roots
        self.log = log
    }

    /// The originals of the copied maps that were read.
    public var readOriginals: Set<ObjectIdentifier> { Set(log.read) }

    /// What the copy changed, per original map: the keys whose values differ and their new
    /// values (nil: removed). A key is unchanged when its value is the same: a scalar equal,
    /// a copied map the copy of the same original, a new map equal in turn to the original's
    /// map — provided that map was referenced from nowhere else (`counts`), so sharing cannot
    /// differ. The roots' `ignoredRootKey` is not compared (a slot set before every template,
    /// Helm's `.Template`).
    public func changes(counts: ReferenceCounts, ignoringRootKey ignoredRootKey: String?) -> [TemplateMapChange] {
        var matcher = Matcher(counts: counts, ignoredRootKey: ignoredRootKey,
                              roots: Set(originals.map(ObjectIdentifier.init)))
        var changes: [TemplateMapChange] = []
        for copy in log.written {
            guard let origin = copy.watch?.origin else { continue }
            let entries = matcher.changedEntries(copy, origin)
            if !entries.isEmpty { changes.append(TemplateMapChange(original: origin, entries: entries)) }
        }
        return changes
    }

    /// Breaks the log's references to the copies (call when done with the copy).
    public func close() { log.written = [] }

    private struct Matcher {
        let counts: ReferenceCounts
        let ignoredRootKey: String?
        let roots: Set<ObjectIdentifier>
        /// New maps paired with originals (and back): a pairing is made once.
        var forward: [ObjectIdentifier: ObjectIdentifier] = [:]
        var backward: [ObjectIdentifier: ObjectIdentifier] = [:]

        /// The entries of `copy` (a copied map) that differ from `original`'s.
        mutating func changedEntries(_ copy: TemplateMap, _ original: TemplateMap) -> [(key: String, value: TemplateValue?)] {
            let a = copy.unwatchedEntries, b = original.unwatchedEntries
            let skip = roots.contains(ObjectIdentifier(original)) ? ignoredRootKey : nil
            var changed: [(key: String, value: TemplateValue?)] = []
            for (key, va) in a where key != skip {
                if let vb = b[key], sameValue(va, vb, depth: 1) { continue }
                changed.append((key, va))
            }
            for key in b.keys where key != skip && a[key] == nil { changed.append((key, nil)) }
            return changed
        }

        /// Whether `copy` (a new map) holds what `original` holds.
        mutating func sameEntries(_ copy: TemplateMap, _ original: TemplateMap, depth: Int) -> Bool {
            guard depth < TemplateGraph.maxDepth, copy.namedType == original.namedType else { return false }
            let a = copy.unwatchedEntries, b = original.unwatchedEntries
            guard a.count == b.count else { return false }
            for (key, va) in a {
                guard let vb = b[key], sameValue(va, vb, depth: depth + 1) else { return false }
            }
            return true
        }

        mutating func sameValue(_ a: TemplateValue, _ b: TemplateValue, depth: Int) -> Bool {
            switch (a, b) {
            case (.null, .null): return true
            case (.bool(let x), .bool(let y)): return x == y
            case (.int(let x), .int(let y)): return x == y
            case (.int64(let x), .int64(let y)): return x == y
            case (.uint(let x), .uint(let y)): return x == y
            // Bit patterns: NaN equals itself here, and -0 differs from 0 (they print differently).
            case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
            case (.string(let x), .string(let y)): return x == y
            case (.bytes(let x), .bytes(let y)): return x == y
            case (.list(let x, let kx), .list(let y, let ky)):
                guard kx == ky, x.count == y.count else { return false }
                for (ex, ey) in zip(x, y) where !sameValue(ex, ey, depth: depth + 1) { return false }
                return true
            case (.map(let x), .map(let y)):
                if let watch = x.watch { return watch.origin === y }
                // A new map: it stands for `y` only if `y` had no other holder and nothing else
                // has been paired with either of them.
                let ix = ObjectIdentifier(x), iy = ObjectIdentifier(y)
                if let paired = forward[ix] { return paired == iy }
                guard backward[iy] == nil, counts[y] == 1 else { return false }
                forward[ix] = iy
                backward[iy] = ix
                return sameEntries(x, y, depth: depth)
            case (.object(let x), .object(let y)): return x === y
            default: return false
            }
        }
    }
}

/// One original map's entries as a speculative run left them (`WatchedGraphCopy.changes`).
public struct TemplateMapChange {
    public let original: TemplateMap
    let entries: [(key: String, value: TemplateValue?)]

    /// Writes these entries into the original map. Copied maps inside the values are replaced
    /// by their originals (whose own changes are applied by their own `TemplateMapChange`), so
    /// applying every change of a run, in order, leaves the originals as the run left its copy.
    public func apply() {
        var translator = Translator()
        for (key, value) in entries {
            original[key] = value.map { translator.translate($0) }
        }
    }

    private struct Translator {
        var seen: Set<ObjectIdentifier> = []

        mutating func translate(_ value: TemplateValue) -> TemplateValue {
            switch value {
            case .map(let m):
                if let watch = m.watch { return .map(watch.origin) }
                // A map the run created: it may hold copies; point them at the originals.
                if seen.insert(ObjectIdentifier(m)).inserted {
                    m.storage = m.unwatchedEntries.mapValues { translate($0) }
                }
                return value
            case .list(let items, let kind):
                return .list(items.map { translate($0) }, kind)
            default:
                return value
            }
        }
    }
}

/// The reads and writes of one watched copy.
final class AccessLog {
    /// Originals of the copies read at least once.
    var read: [ObjectIdentifier] = []
    /// Copies written at least once (held, so they can be compared after they were dropped).
    var written: [TemplateMap] = []
}

/// Attached to a copied map: its original, and whether it has been read or written yet.
final class TemplateMapWatch {
    let origin: TemplateMap
    let log: AccessLog
    private(set) var read = false
    private(set) var written = false

    init(origin: TemplateMap, log: AccessLog) {
        self.origin = origin
        self.log = log
    }

    func noteRead() {
        read = true
        log.read.append(ObjectIdentifier(origin))
    }

    func noteWrite(_ copy: TemplateMap) {
        written = true
        log.written.append(copy)
    }
}
