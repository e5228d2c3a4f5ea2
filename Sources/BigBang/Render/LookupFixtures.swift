import FileSystem
import YAML

/// Cluster objects Helm's `lookup` returns during render, for charts that read cluster
/// state. A YAML stream of objects (Lists are flattened into their items); by default
/// `.bbctl/lookup/ENV.yaml` at the repository root.
public struct LookupFixtures: Sendable {
    public var objects: [Value]

    public init(objects: [Value]) { self.objects = objects }

    public static func defaultPath(repositoryRoot: String, environment: String) -> String {
        Path.join(repositoryRoot, ".bbctl/lookup/\(environment).yaml")
    }

    public static func load(_ path: String, fileSystem: FileSystem) throws -> LookupFixtures {
        var objects: [Value] = []
        for doc in try SigsYAMLDecoder.decodeAll(try fileSystem.sourceFile(path)) {
            guard case .map(let m) = doc else { continue }
            if let items = m["items"]?.listValue, m["kind"]?.stringValue?.hasSuffix("List") == true {
                objects += items
            } else {
                objects.append(doc)
            }
        }
        return LookupFixtures(objects: objects)
    }
}
