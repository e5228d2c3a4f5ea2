import Diagnostics
import FileSystem
import YAML

/// One kustomization directory being built (kustomize `target.KustTarget`).
final class KustTarget {
    let loader: FileLoader
    var kustomization: Kustomization
    let kustFileName: String
    let context: BuildContext
    /// Set when build metadata asks for origin annotations (kustomize `kt.origin`).
    var origin: Origin?

    static let kustomizationFileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"]

    private init(loader: FileLoader, kustomization: Kustomization, kustFileName: String, context: BuildContext) {
        self.loader = loader
        self.kustomization = kustomization
        self.kustFileName = kustFileName
        self.context = context
    }

    /// Finds, decodes and checks the kustomization file (kustomize `KustTarget.Load`).
    static func load(_ loader: FileLoader, context: BuildContext) throws -> KustTarget {
        let found = kustomizationFileNames.filter { name in
            let p = Path.join(loader.root, name)
            return loader.fs.exists(p) && !loader.fs.isDirectory(p)
        }
        guard let name = found.first else {
            throw KustomizeError.message("unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '\(loader.root)'")
        }
        if found.count > 1 {
            throw KustomizeError.message("Found multiple kustomization files under: \(loader.root)\n")
        }
        let file = try loader.load(name)
        let docs = try ResourceReader.documents(file)
        var k = try KustomizationDecoder(file: file).decode(docs.first ?? .null)
        for w in k.deprecationWarnings {
            context.warnings.append(.warning(w, at: SourceLocation(path: file.path, line: 1, column: 1)))
        }
        k.fix()
        if k.isEmpty { throw KustomizeError.located("kustomization.yaml is empty", SourceLocation(file, line: 1, column: 1)) }
        let errs = k.fieldErrors
        if !errs.isEmpty {
            throw KustomizeError.message("Failed to read kustomization file under \(loader.root):\n" + errs.joined(separator: "\n"))
        }
        if k.usesHelm {
            throw KustomizeError.message("helmCharts are not supported by bbctl build (kustomize --enable-helm)")
        }
        return KustTarget(loader: loader, kustomization: k, kustFileName: name, context: context)
    }

    /// The whole build for the top-level target (kustomize `makeCustomizedResMap` plus the
    /// final steps of `krusty.Kustomizer.Run`).
    func makeCustomizedResources() throws -> [Resource] {
        try OpenAPISettings.apply(kustomization, loader: loader, context: context)
        if !kustomization.buildMetadata.isEmpty { origin = Origin() }
        let ra = try accumulateTarget(ResourceAccumulator())
        try HashTransformer().transform(ra)
        try NameReferenceTransformer(backReferences: ra.config.nameReference).transform(ra)
        try RefVarTransformer.resolve(ra)
        ra.resources.removeAll { r in r.annotation("config.kubernetes.io/local-config") == "true" }
        var out = try ResourceSorter(options: kustomization.sortOptions).sort(ra.resources)
        try BuildMetadata(kustomization.buildMetadata).finish(&out)
        return out
    }

    /// kustomize `accumulateTarget`: resources → configurations/CRDs → generators →
    /// components → transformers → vars.
    func accumulateTarget(_ ra: ResourceAccumulator) throws -> ResourceAccumulator {
        var ra = ra
        do {
            ra = try accumulateResources(ra, kustomization.resources)
        } catch {
            throw KustomizeError.wrap(error, "accumulating resources")
        }
        var config = TransformerConfig.defaults
        if !kustomization.configurations.isEmpty {
            var extra = TransformerConfig()
            for entry in kustomization.configurations {
                let file = try loader.load(entry.value)
                for doc in try ResourceReader.documents(file) where doc.kind == .mapping {
                    extra = try extra.merged(with: TransformerConfig.decode(doc, file: file.path))
                }
            }
            config = try config.merged(with: extra)
        }
        try ra.mergeConfig(config)
        if !kustomization.crds.isEmpty {
            try ra.mergeConfig(try CRDConfigLoader(loader: loader).load(kustomization.crds))
        }
        try runGenerators(ra)
        do {
            ra = try accumulateComponents(ra, kustomization.components)
        } catch {
            throw KustomizeError.wrap(error, "accumulating components")
        }
        try runTransformers(ra)
        if let vars = kustomization.vars {
            try ra.addVars(vars)
        }
        return ra
    }

    // MARK: resources

    private func accumulateResources(_ ra: ResourceAccumulator, _ entries: [Kustomization.Entry]) throws -> ResourceAccumulator {
        var ra = ra
        for entry in entries {
            let path = entry.value
            let abs = loader.absolute(path)
            let isDir = !Remote.looksRemote(path) && loader.fs.isDirectory(abs)
            if !isDir && !Remote.looksRemote(path) {
                do {
                    try accumulateFile(ra, path)
                    continue
                } catch {
                    if isMalformed(error) { throw error }
                    // kustomize would now try the path as a directory, which fails as well.
                    let dirError = loader.fs.exists(abs)
                        ? "must build at directory: '\(abs)': file is not directory"
                        : "must build at directory: not a valid directory: evalsymlink failure on '\(abs)' : lstat \(abs): no such file or directory"
                    throw locate(KustomizeError.message("accumulation err='\(error.asDiagnostic.message)': \(dirError)"), entry)
                }
            }
            let child: FileLoader
            do { child = try loader.child(path) } catch { throw locate(error, entry) }
            let saved = origin
            if origin != nil { origin = origin?.appending(path, remote: child.remoteURL) }
            defer { origin = saved }
            ra = try accumulateDirectory(ra, child, isComponent: false, entry: entry)
        }
        return ra
    }

    private func isMalformed(_ e: Error) -> Bool { e.asDiagnostic.message.contains("MalformedYAMLError") }

    private func locate(_ e: Error, _ entry: Kustomization.Entry) -> Error {
        var d = e.asDiagnostic
        if d.location == nil, let loc = entry.location {
            d.location = loc
            return KustomizeError.located(d.message, loc)
        }
        return e
    }

    private func accumulateFile(_ ra: ResourceAccumulator, _ path: String) throws {
        let resources: [Resource]
        do {
            let file = try loader.load(path)
            resources = try ResourceReader.resources(from: file)
        } catch {
            throw KustomizeError.wrap(error, "accumulating resources from '\(path)'")
        }
        if let origin {
            let text = origin.appending(path, remote: nil).annotationText
            for r in resources { r.setAnnotation(OriginAnnotation.key, text) }
        }
        do {
            try ra.append(resources)
        } catch {
            throw KustomizeError.wrap(error, "merging resources from '\(path)'")
        }
    }

    private func accumulateComponents(_ ra: ResourceAccumulator, _ entries: [Kustomization.Entry]) throws -> ResourceAccumulator {
        var ra = ra
        for entry in entries {
            let child: FileLoader
            do { child = try loader.child(entry.value) } catch { throw locate(error, entry) }
            let saved = origin
            if origin != nil { origin = origin?.appending(entry.value, remote: child.remoteURL) }
            defer { origin = saved }
            ra = try accumulateDirectory(ra, child, isComponent: true, entry: entry)
        }
        return ra
    }

    private func accumulateDirectory(_ ra: ResourceAccumulator, _ child: FileLoader, isComponent: Bool,
                                     entry: Kustomization.Entry) throws -> ResourceAccumulator {
        context.depth += 1
        defer { context.depth -= 1 }
        if context.depth > context.maxDepth {
            throw KustomizeError.message("kustomization nesting deeper than \(context.maxDepth) levels at '\(child.root)'")
        }
        let sub: KustTarget
        do {
            sub = try KustTarget.load(child, context: context)
        } catch {
            throw KustomizeError.wrap(error, "couldn't make target for path '\(child.root)'")
        }
        sub.kustomization.buildMetadata = kustomization.buildMetadata
        sub.origin = origin
        try OpenAPISettings.apply(sub.kustomization, loader: child, context: context)
        if isComponent && sub.kustomization.kind != "Component" {
            throw KustomizeError.message("expected kind 'Component' for path '\(child.root)' but got '\(sub.kustomization.kind)'")
        } else if !isComponent && sub.kustomization.kind == "Component" {
            throw KustomizeError.message("expected kind != 'Component' for path '\(child.root)'")
        }
        let subRa: ResourceAccumulator
        var base = ra
        do {
            if isComponent {
                subRa = try sub.accumulateTarget(ra)
                base = ResourceAccumulator()
            } else {
                subRa = try sub.accumulateTarget(ResourceAccumulator())
            }
        } catch {
            throw KustomizeError.wrap(error, "recursed accumulation of path '\(child.root)'")
        }
        do {
            try base.merge(subRa)
        } catch {
            throw KustomizeError.wrap(error, "recursed merging from path '\(child.root)'")
        }
        return base
    }

    // MARK: generators and transformers

    /// The origin recorded for a builtin generator or transformer configured here.
    func builtinOrigin(_ kind: String) -> Origin? {
        guard let origin else { return nil }
        var o = Origin()
        o.repo = origin.repo
        o.ref = origin.ref
        o.configuredIn = Path.clean(origin.path.isEmpty ? kustFileName : origin.path + "/" + kustFileName)
        o.configuredBy = (apiVersion: "builtin", kind: kind, name: "", namespace: "")
        return o
    }

    private func runGenerators(_ ra: ResourceAccumulator) throws {
        let generator = DataGenerator(loader: loader, globalOptions: kustomization.generatorOptions)
        for (kind, list) in [("ConfigMapGenerator", kustomization.configMapGenerator), ("SecretGenerator", kustomization.secretGenerator)] {
            for args in list {
                let r = try generator.generate(args, secret: kind == "SecretGenerator")
                if let o = builtinOrigin(kind) { r.setAnnotation(OriginAnnotation.key, o.annotationText) }
                do {
                    try ra.absorb([r])
                } catch {
                    throw KustomizeError.wrap(error, "merging from generator")
                }
            }
        }
        for (origin, plugin) in try PluginConfigLoader(target: self).load(kustomization.generators, role: .generator) {
            let generated = try plugin.generate()
            if let origin { for r in generated { r.setAnnotation(OriginAnnotation.key, origin.annotationText) } }
            do {
                try ra.absorb(generated)
            } catch {
                throw KustomizeError.wrap(error, "merging from generator")
            }
        }
    }

    private func runTransformers(_ ra: ResourceAccumulator) throws {
        var steps: [(Origin?, ResourceTransformer)] = []
        for t in try BuiltinTransformers.configure(self, config: ra.config) { steps.append(t) }
        for t in try PluginConfigLoader(target: self).load(kustomization.transformers, role: .transformer) {
            steps.append((t.0, t.1))
        }
        for (origin, step) in steps {
            try TransformerAnnotations.apply(step, origin: origin, to: ra)
        }
        if !kustomization.validators.isEmpty {
            throw KustomizeError.message("validators are not supported (they need exec or container plugins)")
        }
    }
}
