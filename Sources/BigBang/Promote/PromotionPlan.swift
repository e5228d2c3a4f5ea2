import Diagnostics

/// What `bbctl promote FROM TO` will do, shown before anything is written: each value
/// changed in TO's files, the conflicts that stop it, the files it leaves alone and why,
/// and the new contents of every file it edits.
public struct PromotionPlan: Sendable {
    public enum Mode: Sendable, Hashable {
        /// TO is made like FROM in every value not kept (no promotion recorded before).
        case twoWay
        /// FROM's changes since `base` (the commit named by the last `Promoted-From`
        /// trailer) are applied to TO; `promotion` is the commit that recorded it.
        case threeWay(base: String, promotion: String)
        /// Only the Big Bang version, set to `version` everywhere TO names it.
        case version(String)
    }

    public var from: String
    public var to: String
    public var mode: Mode
    public var changes: [PromotionChange]
    public var conflicts: [PromotionConflict]
    public var notPromoted: [NotPromotedFile]
    /// New contents of the files the changes touch, in path order.
    public var updates: [FileUpdate]
    public var warnings: [Diagnostic]

    public init(from: String, to: String, mode: Mode, changes: [PromotionChange] = [],
                conflicts: [PromotionConflict] = [], notPromoted: [NotPromotedFile] = [],
                updates: [FileUpdate] = [], warnings: [Diagnostic] = []) {
        self.from = from
        self.to = to
        self.mode = mode
        self.changes = changes
        self.conflicts = conflicts
        self.notPromoted = notPromoted
        self.updates = updates
        self.warnings = warnings
    }

    public var isEmpty: Bool { changes.isEmpty && conflicts.isEmpty }

    /// The planned edits as one unified diff (`diff -u` style, paths relative to the
    /// repository root).
    public func unifiedDiff(context: Int = 3) -> String {
        updates.map { UnifiedDiff.make(old: $0.original, new: $0.updated, path: $0.relativePath, context: context) }
            .joined()
    }
}

/// One value promotion writes into TO.
public struct PromotionChange: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable {
        case set, add, delete
    }

    /// TO's file, relative to the repository root.
    public var file: String
    /// The literal block holding the values, such as `data.values.yaml`; nil for the file's
    /// own keys.
    public var block: String?
    /// The values path (dotted, relative to the block or to `spec.values`).
    public var path: String
    public var action: Action
    /// The value before and after, as one line of JSON; secret values are masked.
    public var old: String?
    public var new: String?
    /// Where the old value is in TO's file (the parent mapping for an add).
    public var location: SourceLocation?

    public init(file: String, block: String? = nil, path: String, action: Action, old: String?, new: String?,
                location: SourceLocation? = nil) {
        self.file = file
        self.block = block
        self.path = path
        self.action = action
        self.old = old
        self.new = new
        self.location = location
    }
}

/// A value both environments changed since the last promotion, differently.
public struct PromotionConflict: Sendable, Hashable {
    public var file: String
    public var block: String?
    public var path: String
    /// FROM's value (nil when FROM deleted it) and TO's value (nil when TO deleted it).
    public var from: String?
    public var to: String?
    public var location: SourceLocation?

    public init(file: String, block: String? = nil, path: String, from: String?, to: String?, location: SourceLocation? = nil) {
        self.file = file
        self.block = block
        self.path = path
        self.from = from
        self.to = to
        self.location = location
    }

    public var diagnostic: Diagnostic {
        let at = block.map { " in \($0)" } ?? ""
        return Diagnostic(.error, "conflict at \(path)\(at): FROM has \(from ?? "(deleted)"), TO has \(to ?? "(deleted)")",
                          at: location)
    }
}

/// A file of TO that promotion does not touch, with the reason.
public struct NotPromotedFile: Sendable, Hashable {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
}

/// A file's bytes before and after promotion.
public struct FileUpdate: Sendable, Hashable {
    /// Absolute path on the file system the promotion reads.
    public var path: String
    public var relativePath: String
    public var original: [UInt8]
    public var updated: [UInt8]

    public init(path: String, relativePath: String, original: [UInt8], updated: [UInt8]) {
        self.path = path
        self.relativePath = relativePath
        self.original = original
        self.updated = updated
    }
}
