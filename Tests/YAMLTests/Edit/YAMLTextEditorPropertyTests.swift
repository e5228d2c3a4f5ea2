import Foundation
import Testing
import _TestSupport
@testable import YAML

/// Every scalar of every example file set to a new value, and every key deleted, one at a
/// time: the file must still parse, and decode to exactly the original data with that one
/// change — nothing else in the file may change meaning.
@Suite struct YAMLTextEditorPropertyTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static var files: [String] {
        let fm = FileManager.default
        var roots = ["examples", "Tests/YAMLTests/Edit"].map { repoRoot + "/" + $0 }
        if SharedCorpus.isAvailable {
            roots += ["customer-template", "bigbang-base"].map { SharedCorpus.path + "/" + $0 }
            if SharedCorpus.fullRunsEnabled { roots += ["kustomize", "helm"].map { SharedCorpus.path + "/" + $0 } }
        }
        var out: [String] = []
        for root in roots {
            guard let walker = fm.enumerator(atPath: root) else { continue }
            for case let rel as String in walker where rel.hasSuffix(".yaml") {
                // Each path re-parses its file: big files (Flux's 270 KB components) only in full runs.
                let size = (try? fm.attributesOfItem(atPath: root + "/" + rel)[.size] as? Int) ?? 0
                if size <= 16_384 || SharedCorpus.fullRunsEnabled { out.append(root + "/" + rel) }
            }
        }
        return out.sorted()
    }

    /// Paths of the mapping keys of a document (through mappings only), each with whether its
    /// value is a scalar.
    static func keyPaths(_ node: Node, _ path: [String] = []) -> [([String], Bool)] {
        guard node.resolved.isMapping else { return [] }
        var out: [([String], Bool)] = []
        var seen = Set<String>()
        for (k, v) in node.resolved.pairs where k.isScalar && seen.insert(k.value).inserted && k.value != "<<" {
            out.append((path + [k.value], v.resolved.isScalar))
            out += keyPaths(v, path + [k.value])
        }
        return out
    }

    static func setting(_ value: Value, _ path: ArraySlice<String>, _ new: Value?) -> Value {
        guard let key = path.first, case .map(var m) = value else { return value }
        if path.count == 1 {
            m[key] = new
        } else if let child = m[key] {
            m[key] = setting(child, path.dropFirst(), new)
        }
        return .map(m)
    }

    @Test func everySetAndDeleteChangesOnlyItsValue() throws {
        var checked = 0
        for path in Self.files {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            guard let docs = try? YAMLParser.parse(text), !text.contains("<<") else { continue }
            for (d, doc) in docs.enumerated() {
                let original = doc.decodedValue
                let mappings = [[]] + Self.keyPaths(doc).filter { !$0.1 }.map(\.0).filter {
                    doc.resolved.lookup($0)?.resolved.isMapping == true
                }
                for mapping in mappings where doc.resolved.isMapping {
                    var editor = try YAMLTextEditor(text: text, path: path)
                    try editor.set(mapping + ["zzAdded"], in: d, to: YAMLFragment(value: ["list": ["a", "b: c"], "n": 1]))
                    let after = try YAMLParser.parse(editor.text)
                    #expect(after[d].decodedValue == Self.setting(original, (mapping + ["zzAdded"])[...], ["list": ["a", "b: c"], "n": 1]),
                            "\(path) add under \(mapping)")
                    checked += 1
                }
                for (keyPath, isScalar) in Self.keyPaths(doc) {
                    if isScalar {
                        var editor = try YAMLTextEditor(text: text, path: path)
                        try editor.set(keyPath, in: d, to: YAMLFragment(value: "edited: value # not a comment"))
                        let after = try YAMLParser.parse(editor.text)
                        #expect(after.count == docs.count)
                        #expect(after[d].decodedValue == Self.setting(original, keyPath[...], "edited: value # not a comment"),
                                "\(path) set \(keyPath)")
                        checked += 1
                    }
                    var editor = try YAMLTextEditor(text: text, path: path)
                    do {
                        try editor.delete(keyPath, in: d)
                    } catch {
                        continue  // keys sharing a line with `- ` are refused, not mangled
                    }
                    let after = try YAMLParser.parse(editor.text)
                    let expected = Self.setting(original, keyPath[...], nil)
                    let got = after.indices.contains(d) ? after[d].decodedValue : .null
                    // Deleting a mapping's only key leaves `key:` (null) in block style.
                    let emptied = Self.setting(original, keyPath.dropLast()[...], .null)
                    #expect(got == expected || (keyPath.count > 1 && got == emptied) || (keyPath.count == 1 && got == .null),
                            "\(path) delete \(keyPath)")
                    checked += 1
                }
            }
        }
        #expect(checked > 100)
    }
}
