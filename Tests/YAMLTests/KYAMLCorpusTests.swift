import _TestSupport
import Diagnostics
import Testing
@testable import YAML

/// Parse → emit of kustomize's own output must give the same bytes back.
@Suite struct KYAMLCorpusTests {
    static let casesDirectory = SharedCorpus.path + "/kustomize/cases"

    static func expectedFiles() -> [String] {
        guard let names = try? FileManagerLite.list(casesDirectory) else { return [] }
        return names.sorted().map { "\(casesDirectory)/\($0)/expected.yaml" }.filter(FileManagerLite.exists)
    }

    @Test func corpusRoundTrips() throws {
        let files = Self.expectedFiles()
        try #require(!files.isEmpty || !FileManagerLite.exists(Self.casesDirectory))
        var passed = 0
        var failures: [String] = []
        for path in files {
            guard let bytes = FileManagerLite.read(path) else { continue }
            let file = SourceFile(path: path, bytes: bytes)
            do {
                let docs = try YAMLParser.parse(file)
                let out = KYAMLEmitter.emitStream(docs)
                if out == file.text { passed += 1 } else { failures.append(path) }
            } catch {
                failures.append("\(path): \(error)")
            }
        }
        print("kyaml corpus round trip: \(passed)/\(files.count)")
        for f in failures.prefix(20) { print("  FAIL \(f)") }
        #expect(failures.isEmpty)
    }
}

extension KYAMLCorpusTests {
    /// Developer hook: KYAML_DUMP_LIST names a file of paths; each is read as kustomize reads a
    /// resource file and printed to `<path>.bbctl` next to a copy in /tmp/kyaml-diff.
    @Test func dumpList() throws {
        guard let list = ProcessInfoLite.env("KYAML_DUMP_LIST"), let bytes = FileManagerLite.read(list) else { return }
        for (n, path) in String(decoding: bytes, as: UTF8.self).split(separator: "\n").enumerated() {
            guard let data = FileManagerLite.read(String(path)) else { continue }
            let out: String
            do {
                let roots = try KYAMLReader.read(SourceFile(path: String(path), bytes: data))
                for r in roots { try KYAMLEmitter.check(r) }
                out = KYAMLEmitter.emitStream(roots)
            } catch let e as YAMLError {
                out = "ERROR: \(e.goMessage)\n"
            }
            FileManagerLite.write("/tmp/kyaml-diff/\(n).out", out)
        }
    }

    @Test func dumpOne() throws {
        guard let path = ProcessInfoLite.env("KYAML_DUMP"), let bytes = FileManagerLite.read(path) else { return }
        let docs = try YAMLParser.parse(SourceFile(path: path, bytes: bytes)).map { try $0.deAnchored() }
        FileManagerLite.write("/tmp/kyaml-dump.yaml", KYAMLEmitter.emitStream(docs))
    }
}

extension KYAMLCorpusTests {
    /// The Swift goyaml.v2 writer and libyaml's C emitter must agree byte for byte on every
    /// corpus output and on the probe table.
    @Test func swiftWriterMatchesLibYAML() throws {
        var texts = Self.expectedFiles().compactMap { FileManagerLite.read($0) }.map { String(decoding: $0, as: UTF8.self) }
        texts += KYAMLEmitterTests.observed.map(\.0)
        texts.append("s: \"\\ufeffbom\"\nl: \"\(String(repeating: "word ", count: 40))\"\nq: 'it''s \(String(repeating: "x ", count: 50))'\n")
        var compared = 0
        for text in texts {
            guard let docs = try? YAMLParser.parse(text) else { continue }
            for doc in docs {
                let swift = KYAMLEmitter.emitBytes(doc)
                let c = KYAMLEmitter.emitBytesWithLibYAML(doc)
                if swift != c && !text.contains("\\ufeff") {
                    Issue.record("writers differ:\n\(String(decoding: swift, as: UTF8.self))\n---- libyaml:\n\(String(decoding: c, as: UTF8.self))")
                }
                compared += 1
            }
        }
        #expect(compared > 100 || !FileManagerLite.exists(Self.casesDirectory))
    }
}
