import Diagnostics
import FileSystem
import YAML

/// The YAML files an environment is built from in the repository: its overlay directory and
/// the local directories its kustomizations reach (resources, bases, components), never
/// outside the repository root. Paths in the returned files are relative to the root, as
/// findings print them.
struct EnvironmentSources {
    let root: String
    let fileSystem: FileSystem

    /// `alsoFollowed`: directories (root-relative) Flux Kustomizations of this repository
    /// apply, which belong to the environment as much as its overlay does (fleet repos).
    func files(for environment: BigBangRepository.Environment, alsoFollowed: [String] = []) -> [SourceFile] {
        var state = Walk()
        collectDirectory(environment.path, &state, depth: 0)
        for dir in alsoFollowed { collectDirectory(Path.join(root, dir), &state, depth: 0) }
        return state.files
    }

    /// `spec.path` of the Flux Kustomizations among `nodes` whose source is this repository
    /// (Flux's bootstrap `flux-system` GitRepository).
    static func followedPaths(in nodes: [Node]) -> [String] {
        nodes.compactMap { node in
            let root = node.resolved
            guard root.string(at: "kind") == "Kustomization",
                  root.string(at: "apiVersion")?.hasPrefix(FluxSchemas.kustomizeGroup + "/") == true,
                  root.string(at: "spec", "sourceRef", "name") == "flux-system",
                  let path = root.string(at: "spec", "path") else { return nil }
            return path
        }
    }

    private struct Walk {
        var seenDirectories = Set<String>()
        var seenFiles = Set<String>()
        var files: [SourceFile] = []
    }

    private func collectDirectory(_ dir: String, _ state: inout Walk, depth: Int) {
        guard depth < 20, Path.isWithin(dir, root), state.seenDirectories.insert(dir).inserted else { return }
        for name in (try? fileSystem.listDirectory(dir)) ?? [] where !name.hasPrefix(".") {
            let path = Path.join(dir, name)
            if fileSystem.isDirectory(path) {
                collectDirectory(path, &state, depth: depth + 1)
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name == "Kustomization" {
                collectFile(path, &state)
            }
        }
        for name in BigBangRepository.kustomizationNames {
            let path = Path.join(dir, name)
            guard fileSystem.exists(path), let file = try? fileSystem.sourceFile(path),
                  let root = (try? YAMLParser.parse(file))?.first?.resolved, root.isMapping else { continue }
            for key in ["resources", "bases", "components"] {
                for entry in root[key]?.resolved.children ?? [] where entry.isScalar && Self.isLocal(entry.value) {
                    let target = Path.join(dir, entry.value)
                    if fileSystem.isDirectory(target) {
                        collectDirectory(target, &state, depth: depth + 1)
                    } else if Path.isWithin(target, self.root) {
                        collectFile(target, &state)
                    }
                }
            }
            break
        }
    }

    private func collectFile(_ path: String, _ state: inout Walk) {
        guard state.seenFiles.insert(path).inserted, let bytes = try? fileSystem.readFile(path) else { return }
        state.files.append(SourceFile(path: Path.relative(path, to: root), bytes: bytes))
    }

    /// Not a remote base (`https://…`, `git@…`, `github.com/org/repo`).
    static func isLocal(_ entry: String) -> Bool {
        !(entry.contains("://") || entry.hasPrefix("git@") || entry.hasPrefix("github.com/") || entry.contains("?ref="))
    }
}
