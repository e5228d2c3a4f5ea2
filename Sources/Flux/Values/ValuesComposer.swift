import Diagnostics
import Foundation
import Helm
import YAML

/// helm-controller's values composition (fluxcd/pkg `chartutil.ChartValuesFromReferences`):
/// each `spec.valuesFrom` entry in order, then `spec.values` on top.
///
/// - Without `targetPath` an entry's text is read as a values document (sigs.k8s.io/yaml, so
///   numbers are float64) and deep-merged: maps merge, anything else replaces.
/// - With `targetPath` the raw text is set at that path by Helm's strvals (`path=text`, so
///   commas still split and `true`/`1` are typed); text wrapped in quotes has them trimmed
///   and is set as a string. `spec.values` is merged in just before, and the write lands in
///   the maps it shares with the result, so it survives the final merge (see
///   `SpecValuesAliasing`).
/// - A missing object or key is skipped when the entry is `optional`, an error otherwise.
public enum ValuesComposer {
    public static func compose(_ release: HelmRelease, resources: [Node]) throws -> ComposedValues {
        let index = DataObjectIndex(resources)
        let ownValues = try specValues(of: release)
        let releaseSource = "HelmRelease/\(release.namespace.map { $0 + "/" } ?? "")\(release.name)"
        let specOrigins = ownValues.map { values in originsOfSpecValues(values, release: release, source: releaseSource) } ?? [:]

        var result: [String: Value] = [:]
        var origins: [String: ValueOrigin] = [:]
        var live = SpecValuesAliasing(spec: ownValues ?? [:])
        for ref in release.valuesFrom {
            guard let text = try resolve(ref, of: release, in: index, source: releaseSource) else { continue }
            let source = "\(ref.kind)/\(release.namespace.map { $0 + "/" } ?? "")\(ref.name)"
            if let path = ref.targetPath {
                if ownValues != nil {
                    live.mergeSpec(into: &result)
                    applySpecOrigins(specOrigins, to: &origins, live: live, written: ownValues ?? [:])
                }
                var contribution: [String: Value] = [:]
                let before = result
                do {
                    try setPath(path, to: text, in: &result)
                    try setPath(path, to: text, in: &contribution)
                } catch let error as StrvalsParser.ParseError {
                    throw referenceError(ref, release: release, source: releaseSource, reason: error.message)
                } catch {
                    throw referenceError(ref, release: release, source: releaseSource, reason: "\(error)")
                }
                live.didSet(path: path, before: before, after: result)
                for leaf in ValuesPaths.leaves(of: contribution) {
                    origins[leaf] = ValueOrigin(source: source, key: ref.valuesKey, via: .targetPath(path))
                }
                continue
            }
            let values: [String: Value]
            do {
                let decoded = try SigsYAMLDecoder.decode(SourceFile(path: "\(source) \(ref.valuesKey)", text: text), into: .map)
                values = decoded.mapValue ?? [:]
            } catch let error as GoCodecError {
                // Helm v3 `chartutil.ReadValues` decodes into its `Values` type.
                let reason = error.goMessage.replacingOccurrences(of: "map[string]interface {}", with: "chartutil.Values")
                throw referenceError(ref, release: release, source: releaseSource, reason: reason)
            }
            live.merge(values, into: &result)
            let lines = ValuesPaths.lines(ofYAML: text)
            for leaf in ValuesPaths.leaves(of: values) {
                origins[leaf] = ValueOrigin(source: source, key: ref.valuesKey, line: lines[leaf], via: .valuesFrom)
            }
        }
        if ownValues != nil {
            // spec.values as targetPath writes left it (see SpecValuesAliasing).
            live.mergeSpec(into: &result)
            applySpecOrigins(specOrigins, to: &origins, live: live, written: ownValues ?? [:])
        }
        // An origin recorded for a path a later source replaced (a map by a scalar, a longer
        // list by a shorter one) no longer names a leaf of the result.
        let finalLeaves = Set(ValuesPaths.leaves(of: result))
        origins = origins.filter { finalLeaves.contains($0.key) }
        return ComposedValues(values: result, origins: origins)
    }

    /// spec.values' origins over the recorded ones, except where a targetPath write changed
    /// spec.values itself (the written value is what spec.values now carries).
    private static func applySpecOrigins(_ specOrigins: [String: ValueOrigin], to origins: inout [String: ValueOrigin],
                                         live: SpecValuesAliasing, written: [String: Value]) {
        for (path, origin) in specOrigins {
            if case .targetPath? = origins[path]?.via {
                let components = SpecValuesAliasing.components(of: path)
                if SpecValuesAliasing.value(at: components, in: .map(live.spec))
                    != SpecValuesAliasing.value(at: components, in: .map(written)) { continue }
            }
            origins[path] = origin
        }
    }

    /// `spec.values` as helm-controller reads it (`GetValues`: the stored JSON through
    /// sigs.k8s.io/yaml), or nil when absent.
    static func specValues(of release: HelmRelease) throws -> [String: Value]? {
        guard let node = release.values else { return nil }
        let text = KYAMLEmitter.emit(node)
        do {
            return try SigsYAMLDecoder.decode(SourceFile(path: "spec.values", text: text), into: .map).mapValue ?? [:]
        } catch let error as GoCodecError {
            throw FluxError.invalidObject(object: "HelmRelease/\(release.name)", field: "spec.values", problem: error.goMessage,
                                          location: location(node.mark, source: "HelmRelease/\(release.name)"))
        }
    }

    private static func originsOfSpecValues(_ values: [String: Value], release: HelmRelease, source: String) -> [String: ValueOrigin] {
        let lines = release.values.map(ValuesPaths.lines(of:)) ?? [:]
        var out: [String: ValueOrigin] = [:]
        for leaf in ValuesPaths.leaves(of: values) {
            out[leaf] = ValueOrigin(source: source, key: "spec.values", line: lines[leaf], via: .specValues)
        }
        return out
    }

    /// The text of one reference, or nil for a missing optional one.
    private static func resolve(_ ref: HelmRelease.ValuesReference, of release: HelmRelease, in index: DataObjectIndex,
                                source: String) throws -> String? {
        guard let entry = index.lookup(kind: ref.kind, namespace: release.namespace, name: ref.name) else {
            if ref.optional { return nil }
            let plural = ref.kind == "Secret" ? "secrets" : "configmaps"
            throw referenceError(ref, release: release, source: source, reason: "\(plural) \"\(ref.name)\" not found")
        }
        switch entry {
        case .malformed(let problem):
            throw referenceError(ref, release: release, source: source, reason: problem)
        case .data(let data):
            if let text = data[ref.valuesKey] { return text }
            if ref.optional { return nil }
            throw referenceError(ref, release: release, source: source, reason: "key not found")
        }
    }

    /// fluxcd/pkg `ReplacePathValue`.
    private static func setPath(_ path: String, to text: String, in values: inout [String: Value]) throws {
        let single = text.hasPrefix("'") && text.hasSuffix("'")
        let double = text.hasPrefix("\"") && text.hasSuffix("\"")
        if single || double {
            // Go's strings.Trim with the cutset `'"`: every leading and trailing quote goes.
            let trimmed = text.drop { $0 == "'" || $0 == "\"" }.reversed().drop { $0 == "'" || $0 == "\"" }.reversed()
            try StrvalsParser.parse(path + "=" + String(trimmed), into: &values, mode: .string)
        } else {
            try StrvalsParser.parse(path + "=" + text, into: &values, mode: .typed)
        }
    }

    /// fluxcd/pkg `ErrValuesReference.Error()`.
    private static func referenceError(_ ref: HelmRelease.ValuesReference, release: HelmRelease, source: String,
                                       reason: String) -> FluxError {
        var message = "could not resolve"
        if ref.optional { message += " optional" }
        message += " \(ref.kind) chart values reference '\(release.namespace ?? "")/\(ref.name)'"
        message += " with key '\(ref.valuesKey)': \(reason)"
        return .valuesReference(message: message, location: location(ref.mark, source: source))
    }

    private static func location(_ mark: Node.Mark, source: String) -> SourceLocation? {
        mark.line > 0 ? SourceLocation(path: source, line: mark.line, column: mark.column) : nil
    }
}
