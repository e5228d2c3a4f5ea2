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

    /// Compares the objects of two renders (or kustomize builds).
    public func diff(_ a: [Node], _ b: [Node], name: String, labelA: String, labelB: String,
                     level: DiffLevel = .render) -> EnvironmentDiff {
        let sideA = Side(a), sideB = Side(b)
        let pairing = ResourcePairing(sideA.ids, sideB.ids)
        var differ = ValueDiffer(reportOrder: options.order)
        differ.renames = pairing.renames

        var maskedA = sideA.roots.map(Optional.some), maskedB = sideB.roots.map(Optional.some)
        var resources: [ResourceDiff] = []
        for j in sideB.roots.indices {
            guard let i = pairing.partnerInA[j] else {
                let masked = maskIfSecret(nil, sideB.roots[j]).1
                maskedB[j] = masked
                resources.append(ResourceDiff(id: sideB.ids[j], kind: .added, newText: masked.map(KYAMLEmitter.emit)))
                continue
            }
            let (oldNode, newNode) = maskIfSecret(sideA.roots[i], sideB.roots[j])
            maskedA[i] = oldNode
            maskedB[j] = newNode
            if var change = compare(sideA.roots[i], sideB.roots[j], masked: (oldNode, newNode), differ: differ) {
                change.id = sideB.ids[j]
                if sideA.ids[i].name != sideB.ids[j].name {
                    change.previousName = sideA.ids[i].name
                    change.notes.insert("generated name \(sideA.ids[i].name) → \(sideB.ids[j].name)", at: 0)
                }
                resources.append(change)
            }
        }
        for i in sideA.roots.indices where pairing.partnerInB[i] == nil {
            let masked = maskIfSecret(sideA.roots[i], nil).0
            maskedA[i] = masked
            resources.append(ResourceDiff(id: sideA.ids[i], kind: .removed, oldText: masked.map(KYAMLEmitter.emit)))
        }
        return EnvironmentDiff(name: name, labelA: labelA, labelB: labelB, level: level, resources: resources,
                               sideA: .documents(maskedA.compactMap { $0 }), sideB: .documents(maskedB.compactMap { $0 }))
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
        return ResourceDiff(id: ResourceID(b), kind: .changed, fields: fields, notes: notes,
                            oldText: masked.0.map(KYAMLEmitter.emit), newText: masked.1.map(KYAMLEmitter.emit))
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

/// One side's objects: document roots (empty documents dropped) and their identities.
private struct Side {
    var roots: [Node]
    var ids: [ResourceID]

    init(_ documents: [Node]) {
        roots = documents.map(\.resolved).filter { !($0.isNullScalar || ($0.isMapping && $0.children.isEmpty)) }
        ids = roots.map(ResourceID.init)
    }
}
