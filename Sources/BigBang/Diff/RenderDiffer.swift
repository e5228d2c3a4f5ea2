import YAML

/// The diff engine's façade: compares two renders (lists of objects) or two sets of
/// release values and says what changed, object by object and field by field.
///
/// Objects are matched by `ResourceID` (group, kind, namespace, name). Objects left over
/// on both sides whose names carry a kustomize hash suffix are paired by their base name:
/// a generated ConfigMap whose content changed is one changed object (with a note on the
/// name), and references to its name that moved along with it are not reported.
public struct RenderDiffer: Sendable {
    public var options: DiffOptions

    public init(options: DiffOptions = .init()) { self.options = options }

    /// Compares the objects of two kustomize builds (or any two lists of objects).
    public func diff(_ a: [Node], _ b: [Node], name: String, labelA: String, labelB: String,
                     level: DiffLevel = .build) -> EnvironmentDiff {
        compare(Side(a.map { ($0, nil) }), Side(b.map { ($0, nil) }), name: name, labelA: labelA, labelB: labelB, level: level)
    }

    /// Compares two renders; the unified and markdown formats show each document's own text
    /// (Helm's `# Source:` lines included).
    public func diff(_ a: [RenderedDocument], _ b: [RenderedDocument], name: String, labelA: String, labelB: String,
                     level: DiffLevel = .render) -> EnvironmentDiff {
        compare(Side(a.map { ($0.node, $0.text) }), Side(b.map { ($0.node, $0.text) }), name: name, labelA: labelA,
                labelB: labelB, level: level)
    }

    /// Objects with their stream texts where known (a render) or nil (a build).
    func diff(pieces a: [(Node, String?)], _ b: [(Node, String?)], name: String, labelA: String, labelB: String,
              level: DiffLevel) -> EnvironmentDiff {
        compare(Side(a), Side(b), name: name, labelA: labelA, labelB: labelB, level: level)
    }

    private func compare(_ sideA: Side, _ sideB: Side, name: String, labelA: String, labelB: String, level: DiffLevel) -> EnvironmentDiff {
        let pairing = ResourcePairing(sideA.ids, sideB.ids)
        var differ = ValueDiffer(reportOrder: options.order)
        differ.renames = pairing.renames

        var textA = sideA.texts, textB = sideB.texts
        var resources: [ResourceDiff] = []
        for j in sideB.roots.indices {
            guard let i = pairing.partnerInA[j] else {
                let masked = maskIfSecret(nil, sideB.roots[j]).1
                textB[j] = sideB.text(j, masked: masked)
                resources.append(ResourceDiff(id: sideB.ids[j], kind: .added, newText: Side.body(textB[j])))
                continue
            }
            let masked = maskIfSecret(sideA.roots[i], sideB.roots[j])
            textA[i] = sideA.text(i, masked: masked.0)
            textB[j] = sideB.text(j, masked: masked.1)
            if var change = compare(sideA.roots[i], sideB.roots[j], masked: masked, differ: differ) {
                change.id = sideB.ids[j]
                change.oldText = Side.body(textA[i])
                change.newText = Side.body(textB[j])
                if sideA.ids[i].name != sideB.ids[j].name {
                    change.previousName = sideA.ids[i].name
                    change.notes.insert("generated name \(sideA.ids[i].name) → \(sideB.ids[j].name)", at: 0)
                }
                resources.append(change)
            }
        }
        for i in sideA.roots.indices where pairing.partnerInB[i] == nil {
            let masked = maskIfSecret(sideA.roots[i], nil).0
            textA[i] = sideA.text(i, masked: masked)
            resources.append(ResourceDiff(id: sideA.ids[i], kind: .removed, oldText: Side.body(textA[i])))
        }
        return EnvironmentDiff(name: name, labelA: labelA, labelB: labelB, level: level, resources: resources,
                               sideA: .documents(roots: sideA.roots, texts: textA),
                               sideB: .documents(roots: sideB.roots, texts: textB))
    }

    /// Compares the composed values of the releases on two sides, keyed `namespace/name`.
    /// `secretPaths` name, per release, the leaf paths (`a.b[0].c`) whose value came from a
    /// Secret; those are masked unless `showSecrets`.
    public func diffValues(_ a: [String: Value], _ b: [String: Value],
                           secretPathsA: [String: Set<String>] = [:], secretPathsB: [String: Set<String>] = [:],
                           name: String, labelA: String, labelB: String) -> EnvironmentDiff {
        let differ = ValueDiffer(reportOrder: options.order)
        var resources: [ResourceDiff] = []
        var textA: [(release: String, values: Value)] = [], textB: [(release: String, values: Value)] = []
        for release in Set(a.keys).union(b.keys).sorted() {
            var (va, vb) = (a[release], b[release])
            if !options.showSecrets {
                (va, vb) = SecretMasker.maskValues(va, vb, secretA: secretPathsA[release] ?? [], secretB: secretPathsB[release] ?? [])
            }
            if let va { textA.append((release, va)) }
            if let vb { textB.append((release, vb)) }
            let id = Self.releaseID(release)
            let oldText = va.map { DiffText.valuesText(release: release, $0) }
            let newText = vb.map { DiffText.valuesText(release: release, $0) }
            switch (va, vb) {
            case (let va?, let vb?):
                let fields = Self.maskingPlaceholders(differ.diff(va, vb))
                if !fields.isEmpty {
                    resources.append(ResourceDiff(id: id, kind: .changed, fields: fields, oldText: oldText, newText: newText))
                }
            case (nil, _?): resources.append(ResourceDiff(id: id, kind: .added, newText: newText))
            case (_?, nil): resources.append(ResourceDiff(id: id, kind: .removed, oldText: oldText))
            case (nil, nil): break
            }
        }
        return EnvironmentDiff(name: name, labelA: labelA, labelB: labelB, level: .values, resources: resources,
                               sideA: .values(textA), sideB: .values(textB))
    }

    static func releaseID(_ key: String) -> ResourceID {
        let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
        return ResourceID(group: "helm.toolkit.fluxcd.io", kind: "HelmRelease",
                          namespace: parts.count == 2 ? parts[0] : "", name: parts.last ?? key)
    }

    // MARK: - One object

    private func maskIfSecret(_ a: Node?, _ b: Node?) -> (Node?, Node?) {
        guard !options.showSecrets, (a.map(SecretMasker.isSecret) ?? false) || (b.map(SecretMasker.isSecret) ?? false) else {
            return (a, b)
        }
        return SecretMasker.mask(a, b)
    }

    /// The change between two paired objects, or nil when they are equal.
    private func compare(_ a: Node, _ b: Node, masked: (Node?, Node?), differ: ValueDiffer) -> ResourceDiff? {
        let secret = SecretMasker.isSecret(a) || SecretMasker.isSecret(b)
        let encrypted = SecretMasker.isEncrypted(a) || SecretMasker.isEncrypted(b)
        var valueA = (secret && !options.showSecrets ? masked.0 ?? a : a).decodedValue
        var valueB = (secret && !options.showSecrets ? masked.1 ?? b : b).decodedValue
        if secret && options.showSecrets {
            valueA = SecretMasker.decodingData(valueA)
            valueB = SecretMasker.decodingData(valueB)
        }
        var notes: [String] = []
        if encrypted {
            // The SOPS metadata (MAC, data keys, dates) changes on every re-encryption; the
            // ciphertext of each value is what says which values changed.
            if case .map(var m) = valueA { m["sops"] = nil; valueA = .map(m) }
            if case .map(var m) = valueB { m["sops"] = nil; valueB = .map(m) }
        }
        var fields = Self.maskingPlaceholders(differ.diff(valueA, valueB))
        if encrypted {
            fields = fields.map(Self.maskingCiphertext)
            if !fields.isEmpty { notes.append("SOPS-encrypted: compared by ciphertext (no key to decrypt)") }
        }
        guard !fields.isEmpty else { return nil }
        return ResourceDiff(id: ResourceID(b), kind: .changed, fields: fields, notes: notes)
    }

    /// Changes between masking placeholders become masked changes without values.
    private static func maskingPlaceholders(_ fields: [FieldChange]) -> [FieldChange] {
        fields.map { change in
            guard SecretMasker.isPlaceholder(change.old) || SecretMasker.isPlaceholder(change.new) else { return change }
            return FieldChange(path: change.path, kind: change.kind, masked: true)
        }
    }

    private static func maskingCiphertext(_ change: FieldChange) -> FieldChange {
        let isCipher = { (v: Value?) -> Bool in v?.stringValue?.hasPrefix("ENC[") ?? false }
        guard isCipher(change.old) || isCipher(change.new) else { return change }
        return FieldChange(path: change.path, kind: change.kind, masked: true)
    }
}

/// One side's objects: document roots (empty documents dropped), their identities and
/// their texts as printed in the stream (nil: emitted on demand as kustomize prints).
private struct Side {
    var roots: [Node] = []
    var ids: [ResourceID] = []
    var texts: [String?] = []

    init(_ documents: [(Node, String?)]) {
        for (node, text) in documents {
            let root = node.resolved
            if root.isNullScalar || (root.isMapping && root.children.isEmpty) { continue }
            roots.append(root)
            ids.append(ResourceID(root))
            texts.append(text)
        }
    }

    /// Document `i` as it appears in the stream; a masked Secret re-printed (keeping a
    /// `---` and Helm `# Source:` line its text began with).
    func text(_ i: Int, masked: Node?) -> String {
        let original = texts[i]
        if let original, masked == roots[i] { return original }
        let node = masked ?? roots[i]
        var prefix = i > 0 && original == nil ? "---\n" : ""
        if let original, original.hasPrefix("---\n") {
            prefix = "---\n"
            let second = original.dropFirst(4).prefix { $0 != "\n" }
            if second.hasPrefix("# Source: ") { prefix += second + "\n" }
        }
        return prefix + KYAMLEmitter.emit(node)
    }

    /// A stream piece without its leading `---` (what a per-object diff block shows).
    static func body(_ text: String?) -> String? {
        guard let text else { return nil }
        return text.hasPrefix("---\n") ? String(text.dropFirst(4)) : text
    }
}
