import Diagnostics
import Flux
import YAML

/// Resources from multi-document YAML text, as the roots kustomize hands over.
func resources(_ text: String) throws -> [Node] {
    try YAMLParser.parse(text, path: "resources.yaml").map(\.resolved)
}

func helmRelease(_ text: String) throws -> HelmRelease {
    let objects = try FluxObjects.decode(try resources(text))
    guard let release = objects.helmReleases.first else { throw TestFailure("no HelmRelease in input") }
    return release
}

/// Values from YAML text the way the composer produces them (numbers as float64).
func values(_ text: String) throws -> [String: Value] {
    try SigsYAMLDecoder.decode(SourceFile(path: "expected.yaml", text: text), into: .map).mapValue ?? [:]
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
