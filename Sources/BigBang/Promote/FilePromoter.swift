import Diagnostics
import FileSystem
import YAML

/// Promotes one file that both environments have: finds the values TO should receive from
/// FROM (two-way: every difference not kept; three-way: FROM's changes since the last
/// promotion, conflicting where TO changed the same value) and edits TO's text in place.
struct FilePromoter {
    var keep: KeepList
    var fromEnvironment: String
    var toEnvironment: String
    var strategy: ConflictStrategy?

    struct Input {
        /// TO's file relative to the repository root, for the plan.
        var relativePath: String
        var target: SourceFile
        var source: SourceFile
        /// Three-way: FROM's file at the recorded commit and TO's at the promotion commit
        /// (nil when the file did not exist then).
        var threeWay: Bool = false
        var sourceBase: SourceFile?
        var targetBase: SourceFile?
        /// Mask every value in the plan (decrypted SOPS files).
        var secret = false
    }

    struct Output {
        var changes: [PromotionChange] = []
        var conflicts: [PromotionConflict] = []
        var updated: [UInt8]?
    }

    /// One side of a comparison: an editor and a document in it (the inner text of a block
    /// for embedded values).
    struct Side {
        var editor: YAMLTextEditor
        var document: Int
        func node(_ path: [String]) -> Node? { editor.node(at: path, in: document) }
        func fragment(_ path: [String]) -> YAMLFragment? { editor.fragment(at: path, in: document) }
    }

    func promote(_ input: Input) throws -> Output {
        var target = try YAMLTextEditor(input.target)
        let source = try YAMLTextEditor(input.source)
        let sourceBase = try input.sourceBase.map { try YAMLTextEditor($0) }
        let targetBase = try input.targetBase.map { try YAMLTextEditor($0) }
        let fileName = Path.basename(input.relativePath)
        var output = Output()
        let snapshot = target
        for d in snapshot.documents.indices {
            guard let fd = PromotionScopes.matchingDocument(d, target: snapshot.documents, source: source.documents),
                  let targetRoot = snapshot.root(d), let sourceRoot = source.root(fd) else { continue }
            let scopes = PromotionScopes.scopes(document: d, fileName: fileName, target: targetRoot, source: sourceRoot) { block in
                guard let inner = Self.embeddedMapping(snapshot, block, d), Self.embeddedMapping(source, block, fd) != nil else { return nil }
                return inner.root(0)
            }
            let sbd = sourceBase.flatMap { PromotionScopes.matchingDocument(d, target: snapshot.documents, source: $0.documents) }
            let tbd = targetBase.flatMap { PromotionScopes.matchingDocument(d, target: snapshot.documents, source: $0.documents) }
            for var scope in scopes {
                scope.secret = scope.secret || input.secret
                guard let to = Self.side(snapshot, scope, d), let from = Self.side(source, scope, fd) else { continue }
                let changes: [ValueChange]
                if input.threeWay {
                    let fromBase = sourceBase.flatMap { e in sbd.flatMap { Self.side(e, scope, $0) } }
                    let toBase = targetBase.flatMap { e in tbd.flatMap { Self.side(e, scope, $0) } }
                    let blockNode = scope.block.flatMap { snapshot.node(at: $0, in: d) }
                    changes = threeWay(scope: scope, to: to, from: from, fromBase: fromBase, toBase: toBase,
                                       file: input, output: &output) { node in
                        (blockNode ?? node).map { location(input.target, $0) }
                    }
                } else {
                    let diff = ValuesDiff(keep: keep, skip: scope.skip, fromEnvironment: fromEnvironment, toEnvironment: toEnvironment)
                    changes = diff.changes(source: from.node(scope.base), target: to.node(scope.base)) {
                        from.fragment(scope.base + $0)
                    }
                }
                guard !changes.isEmpty else { continue }
                if let block = scope.block {
                    try target.editEmbedded(at: block, in: d) { inner in
                        for change in changes { try Self.apply(change, to: &inner, document: 0, base: scope.base) }
                    }
                } else {
                    for change in changes { try Self.apply(change, to: &target, document: d, base: scope.base) }
                }
                let blockNode = scope.block.flatMap { snapshot.node(at: $0, in: d) }
                for change in changes {
                    let at = blockNode ?? change.old ?? to.node(scope.base + Array(change.path.dropLast()))
                    output.changes.append(PromotionChange(
                        file: input.relativePath, block: scope.block?.joined(separator: "."),
                        path: (scope.base + change.path).joined(separator: "."),
                        action: change.action, old: Self.display(change.old, secret: scope.secret),
                        new: Self.display(change.new?.node, secret: scope.secret),
                        location: at.map { location(input.target, $0) }))
                }
            }
        }
        if target.isModified { output.updated = target.bytes }
        return output
    }

    /// FROM's changes since the base, as edits of TO's current values; conflicts where TO
    /// changed the same path (or one above or below it) since the promotion commit.
    private func threeWay(scope: PromotionScope, to: Side, from: Side, fromBase: Side?, toBase: Side?,
                          file: Input, output: inout Output, locate: (Node?) -> SourceLocation?) -> [ValueChange] {
        let same = ValuesDiff(keep: keep, skip: scope.skip, fromEnvironment: fromEnvironment, toEnvironment: fromEnvironment)
        let fromChanges = same.changes(source: from.node(scope.base), target: fromBase?.node(scope.base)) {
            from.fragment(scope.base + $0)
        }
        let toChanged = same.changes(source: to.node(scope.base), target: toBase?.node(scope.base)) { _ in nil }.map(\.path)
        var out: [ValueChange] = []
        for change in fromChanges {
            let current = to.node(scope.base + change.path)
            let wanted = change.new?.node
            if current?.decodedValue == wanted?.decodedValue { continue }
            let touched = toChanged.contains { $0.starts(with: change.path) || change.path.starts(with: $0) }
            if touched {
                switch strategy {
                case nil:
                    output.conflicts.append(PromotionConflict(
                        file: file.relativePath, block: scope.block?.joined(separator: "."),
                        path: (scope.base + change.path).joined(separator: "."),
                        from: Self.display(wanted, secret: scope.secret), to: Self.display(current, secret: scope.secret),
                        location: locate(current ?? to.node(scope.base))))
                    continue
                case .ours?:
                    continue
                case .theirs?:
                    break
                }
            }
            if let new = change.new {
                out.append(ValueChange(path: change.path, action: current == nil ? .add : .set, new: new, old: current))
            } else if current != nil {
                out.append(ValueChange(path: change.path, action: .delete, new: nil, old: current))
            }
        }
        return out
    }

    static func apply(_ change: ValueChange, to editor: inout YAMLTextEditor, document: Int, base: [String]) throws {
        switch change.action {
        case .delete:
            try editor.delete(base + change.path, in: document)
        case .set, .add:
            guard let new = change.new else { return }
            try editor.set(base + change.path, in: document, to: new)
        }
    }

    /// The side of a scope in one file: the document itself, or the YAML of its block.
    static func side(_ editor: YAMLTextEditor, _ scope: PromotionScope, _ document: Int) -> Side? {
        guard let block = scope.block else { return Side(editor: editor, document: document) }
        guard let inner = embeddedMapping(editor, block, document) else { return nil }
        return Side(editor: inner, document: 0)
    }

    /// The editor over the literal block at `path` when it holds a YAML mapping.
    static func embeddedMapping(_ editor: YAMLTextEditor, _ path: [String], _ document: Int) -> YAMLTextEditor? {
        guard let inner = try? editor.embedded(at: path, in: document), inner.documents.count == 1,
              inner.root(0)?.isMapping == true else { return nil }
        return inner
    }

    /// A value as one line of JSON for the plan; secrets masked.
    static func display(_ node: Node?, secret: Bool) -> String? {
        guard let node else { return nil }
        if secret { return "(secret)" }
        return (try? GoJSONEncoder.encode(node.decodedValue, escapeHTML: false)) ?? node.value
    }

    private func location(_ file: SourceFile, _ node: Node) -> SourceLocation {
        SourceLocation(path: file.path, line: node.mark.line, column: node.mark.column, file: file)
    }
}
