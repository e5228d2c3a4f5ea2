@testable import BigBang
import Diagnostics
import Flux
import Foundation
import YAML

/// Input text with location markers (`1️⃣`, `2️⃣`…): the text without them, and each marker's
/// 1-based line and column, so tests assert where a finding points.
struct MarkedText {
    var text: String
    var markers: [String: (line: Int, column: Int)] = [:]

    init(_ marked: String) {
        let names = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"]
        var out = ""
        var line = 1, column = 1
        var rest = Substring(marked)
        outer: while let ch = rest.first {
            for name in names where rest.hasPrefix(name) {
                markers[name] = (line, column)
                rest = rest.dropFirst(name.count)
                continue outer
            }
            out.append(ch)
            rest = rest.dropFirst()
            if ch == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        text = out
    }
}

/// Builds rule inputs from YAML written in the tests.
enum ValidateFixture {
    static let dev = BigBangRepository.Environment(name: "dev", path: "/repo/dev")
    static let prod = BigBangRepository.Environment(name: "prod", path: "/repo/prod", production: true)

    /// The documents of `text` as rendered objects read from the repository file `path`.
    static func subject(_ text: String, path: String = "dev/resources.yaml", environment: BigBangRepository.Environment = dev,
                        sources: [SourceFile] = []) throws -> ValidationSubject {
        let file = SourceFile(path: path, text: text)
        let docs = try YAMLParser.parse(file).map { ValidationSubject.Document(node: $0.resolved, origin: "dev", file: file) }
        return ValidationSubject(environment: environment, documents: docs, sourceFiles: sources + [file])
    }

    static func run(_ rule: any ValidationRule, _ subject: ValidationSubject, config: RepoConfig = RepoConfig(),
                    kubeVersion: KubernetesVersion = .current) -> [Finding] {
        rule.check(subject, ValidationContext(config: config, kubeVersion: kubeVersion))
    }
}

extension Finding {
    /// Whether the finding points at `marker` of `marked`.
    func isAt(_ marker: String, of marked: MarkedText) -> Bool {
        guard let loc = location, let m = marked.markers[marker] else { return false }
        return loc.line == m.line && loc.column == m.column
    }
}
