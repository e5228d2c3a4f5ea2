import Diagnostics
import Testing
@testable import YAML

/// Parse → emit of kustomize's own output must give the same bytes back.
@Suite struct KYAMLCorpusTests {
    static let casesDirectory = "/work/shared/corpus/kustomize/cases"

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
    @Test func dumpOne() throws {
        guard let path = ProcessInfoLite.env("KYAML_DUMP"), let bytes = FileManagerLite.read(path) else { return }
        let docs = try YAMLParser.parse(SourceFile(path: path, bytes: bytes)).map { try $0.deAnchored() }
        FileManagerLite.write("/tmp/kyaml-dump.yaml", KYAMLEmitter.emitStream(docs))
    }
}
