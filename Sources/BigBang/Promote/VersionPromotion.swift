import FileSystem
import YAML

/// `promote --only version`: sets every place TO names the Big Bang version (base `?ref=`,
/// GitRepository `spec.ref.tag`, HelmRelease `spec.chart.spec.version`) to FROM's version,
/// so the three stay consistent. Nothing else is touched.
struct VersionPromotion {
    let fileSystem: FileSystem

    func plan(from: BigBangRepository.Environment, to: BigBangRepository.Environment, root: String) throws -> PromotionPlan {
        let fromSites = try sites(in: from.path)
        let toSites = try sites(in: to.path)
        // FROM's version: its GitRepository tag, else its base ref, else its chart version.
        let order: [VersionSite.Kind] = [.gitTag, .baseRef, .chartVersion]
        guard let version = order.lazy.compactMap({ kind in fromSites.first { $0.site.kind == kind }?.site.version }).first else {
            if toSites.isEmpty {
                // Both take the version from a shared base: there is nothing per environment.
                var plan = PromotionPlan(from: from.name, to: to.name, mode: .version(""))
                plan.warnings.append(.init(.warning, "neither \(from.name) nor \(to.name) names a Big Bang version of its own (both use their base's)", at: nil))
                return plan
            }
            throw BigBangError.promotion("\(from.name) names no Big Bang version (no base ?ref=, GitRepository ref.tag or HelmRelease chart version)", at: nil)
        }
        var plan = PromotionPlan(from: from.name, to: to.name, mode: .version(version))
        if toSites.isEmpty {
            plan.warnings.append(.init(.warning, "\(to.name) names no Big Bang version of its own; nothing to promote", at: nil))
        }
        if Set(fromSites.map(\.site.version)).count > 1 {
            plan.warnings.append(.init(.warning, "\(from.name) names more than one Big Bang version (\(Set(fromSites.map(\.site.version)).sorted().joined(separator: ", "))); promoting \(version)", at: nil))
        }
        let byFile = Dictionary(grouping: toSites, by: \.file)
        for file in byFile.keys.sorted() {
            guard let sites = byFile[file] else { continue }
            let source = try fileSystem.sourceFile(file)
            var editor = try YAMLTextEditor(source)
            let display = Path.isWithin(file, root) ? Path.relative(file, to: root) : file
            for entry in sites where entry.site.version != version {
                let site = entry.site
                let fragment = YAMLFragment(value: .string(site.text(for: version)))
                if let block = site.block {
                    try editor.editEmbedded(at: block, in: site.document) { inner in
                        try inner.set(site.path, in: site.innerDocument, to: fragment)
                    }
                } else {
                    try editor.set(site.path, in: site.document, to: fragment)
                }
                plan.changes.append(PromotionChange(
                    file: display, block: site.block?.joined(separator: "."), path: site.path.joined(separator: "."),
                    action: .set, old: site.version, new: version,
                    location: .init(path: source.path, line: site.node.mark.line, column: site.node.mark.column, file: source)))
            }
            if editor.isModified {
                plan.updates.append(FileUpdate(path: file, relativePath: display, original: source.bytes, updated: editor.bytes))
            }
        }
        return plan
    }

    private func sites(in dir: String) throws -> [(file: String, site: VersionSite)] {
        let promoter = Promoter(repository: BigBangRepository(root: dir, config: RepoConfig(), environments: []), fileSystem: fileSystem)
        var out: [(String, VersionSite)] = []
        for rel in try promoter.yamlFiles(under: dir) {
            let path = Path.join(dir, rel)
            guard let editor = try? YAMLTextEditor(fileSystem.sourceFile(path)) else { continue }
            out += VersionSite.find(in: editor, fileName: Path.basename(rel)).map { (path, $0) }
        }
        return out
    }
}
