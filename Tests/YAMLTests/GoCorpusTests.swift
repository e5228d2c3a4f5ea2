import _TestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics
import Testing
@testable import YAML

/// Checks the codecs against the Helm corpus in ../shared when it is present: values files are
/// read with `SigsYAMLDecoder.decodeValues` and encoded back with the toYaml/toJson encoders,
/// and the text must equal what Helm v4.1.4 printed for the same template expression.
enum Corpus {
    static let root = SharedCorpus.path + "/helm"

    static func read(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        return out
    }

    static var available: Bool { read(root + "/README.md") != nil }

    static func values(_ chart: String, case name: String? = nil) throws -> [String: Value]? {
        let path = name.map { "\(root)/cases/\($0)/values.yaml" } ?? "\(root)/charts/\(chart)/values.yaml"
        guard let bytes = read(path) else { return nil }
        return try SigsYAMLDecoder.decodeValues(SourceFile(path: path, bytes: bytes))
    }

    /// The block printed by `key: |` + `{{- … | nindent 4 }}` in an expected file, de-indented.
    static func block(_ caseName: String, key: String) -> String? {
        guard let bytes = read("\(root)/cases/\(caseName)/expected.yaml") else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0 == "  \(key): |" }) else { return nil }
        var body: [Substring] = []
        for line in lines[(start + 1)...] {
            guard line.hasPrefix("    ") else { break }
            body.append(line.dropFirst(4))
        }
        return body.joined(separator: "\n")
    }

    /// The double-quoted value of `key: "…"` (a `| quote` of the expression), unescaped.
    static func quoted(_ caseName: String, key: String) -> String? {
        guard let bytes = read("\(root)/cases/\(caseName)/expected.yaml") else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("  \(key): \"") }) else { return nil }
        let inner = line.dropFirst(key.count + 5).dropLast()
        // Go's strconv.Quote escapes: \" \\ \n \t and \uXXXX for non-printable characters.
        var out = ""
        var chars = Array(inner)[...]
        while let ch = chars.popFirst() {
            guard ch == "\\", let e = chars.popFirst() else { out.append(ch); continue }
            switch e {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "u":
                let hex = String(chars.prefix(4))
                chars = chars.dropFirst(4)
                if let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) { out.unicodeScalars.append(u) }
            default: out.append(e)
            }
        }
        return out
    }
}

@Suite(.enabled(if: Corpus.available)) struct GoCorpusTests {
    @Test func toYAMLOfOwnToyamlDoc() throws {
        let values = try #require(try Corpus.values("own-toyaml"))
        let doc = try #require(values["doc"])
        #expect(SigsYAMLEncoder.toYAML(doc) == Corpus.block("own-toyaml__default", key: "toYaml"))
        #expect(SigsYAMLEncoder.toYAML(doc["nested"]?["list"] ?? .null) == Corpus.block("own-toyaml__default", key: "list-toYaml"))
    }

    @Test func toJSONOfOwnToyamlDoc() throws {
        let values = try #require(try Corpus.values("own-toyaml"))
        let doc = try #require(values["doc"])
        #expect(try GoJSONEncoder.encode(doc) == Corpus.quoted("own-toyaml__default", key: "toJson"))
        #expect(try GoJSONEncoder.encode(doc, indent: "  ") == Corpus.block("own-toyaml__default", key: "toPrettyJson"))
    }

    @Test func toYAMLOfOwnValuesYaml() throws {
        let values = try #require(try Corpus.values("own-values-yaml"))
        #expect(SigsYAMLEncoder.toYAML(.map(values)) == Corpus.block("own-values-yaml__default", key: "toYaml"))
    }

    @Test func fromYAMLOfOwnFromyaml() throws {
        let values = try #require(try Corpus.values("own-fromyaml"))
        let text = try #require(values["yamlText"]?.stringValue)
        #expect(SigsYAMLEncoder.toYAML(SigsYAMLDecoder.fromYAML(text)) == Corpus.block("own-fromyaml__default", key: "fromYaml"))
        #expect(try GoJSONEncoder.encode(SigsYAMLDecoder.fromYAML(text)) == Corpus.quoted("own-fromyaml__default", key: "fromYaml-json"))
        let array = try #require(values["arrayText"]?.stringValue)
        #expect(SigsYAMLEncoder.toYAML(SigsYAMLDecoder.fromYAMLArray(array)) == Corpus.block("own-fromyaml__default", key: "fromYamlArray"))
        let bad = try #require(values["badYaml"]?.stringValue)
        #expect(try GoJSONEncoder.encode(SigsYAMLDecoder.fromYAML(bad)) == Corpus.quoted("own-fromyaml__default", key: "badYaml"))
        #expect(try GoJSONEncoder.encode(SigsYAMLDecoder.fromYAML("just a string")) == Corpus.quoted("own-fromyaml__default", key: "fromYaml-scalar"))
        let roundTrip = SigsYAMLDecoder.fromYAML(SigsYAMLEncoder.toYAML(.map(values)))
        #expect(SigsYAMLEncoder.toYAML(roundTrip) == Corpus.block("own-fromyaml__default", key: "toYaml-fromYaml-values"))
    }

    @Test(arguments: ["own-values-yaml__error-inf", "own-values-yaml__error-null-key"])
    func valuesErrors(_ name: String) throws {
        let expected = try #require(Corpus.read("\(Corpus.root)/cases/\(name)/expected-error.txt"))
        let text = String(decoding: expected, as: UTF8.self)
        do {
            _ = try Corpus.values("own-values-yaml", case: name)
            Issue.record("expected an error")
        } catch let error as GoCodecError {
            #expect(text.contains(": " + error.goMessage + "\n"), "\(error.goMessage)")
            #expect(error.diagnostic.location != nil)
        }
    }
}
