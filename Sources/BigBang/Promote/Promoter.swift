import Diagnostics
import FileSystem
import Flux
import Git
import YAML

/// How a three-way promotion settles a value both environments changed: `ours` keeps TO's
/// value, `theirs` takes FROM's (TO is the branch being written, as in `git merge`).
public enum ConflictStrategy: String, Sendable, Hashable, CaseIterable {
    case ours, theirs
}

public struct PromoteOptions: Sendable {
    public var strategy: ConflictStrategy?
    /// Promote only the Big Bang version.
    public var onlyVersion: Bool
    /// Decrypt SOPS files in memory and re-encrypt them for TO's recipients.
    public var includeSecrets: Bool
    /// Write even when TO's files have uncommitted changes.
    public var force: Bool
    public var gitEnvironment: GitEnvironment
    /// Identities that decrypt SOPS files; nil reads `SOPS_AGE_KEY`/`SOPS_AGE_KEY_FILE`.
    public var ageIdentities: [AgeIdentity]?

    public init(strategy: ConflictStrategy? = nil, onlyVersion: Bool = false, includeSecrets: Bool = false,
                force: Bool = false, gitEnvironment: GitEnvironment = .current, ageIdentities: [AgeIdentity]? = nil) {
        self.ageIdentities = ageIdentities
        self.strategy = strategy
        self.onlyVersion = onlyVersion
        self.includeSecrets = includeSecrets
        self.force = force
        self.gitEnvironment = gitEnvironment
    }
}

/// `bbctl promote FROM TO`: plans which of FROM's values TO receives, then writes them into
/// TO's files in place (all files or none) and optionally commits with a trailer recording
/// where they came from, so the next promotion can be three-way.
public struct Promoter {
    public let repository: BigBangRepository
    public var options: PromoteOptions
    public let fileSystem: FileSystem

    public init(repository: BigBangRepository, options: PromoteOptions = .init(), fileSystem: FileSystem = DiskFileSystem()) {
        self.repository = repository
        self.options = options
        self.fileSystem = fileSystem
    }

    /// What promotion would do; nothing is written.
    public func plan(from: BigBangRepository.Environment, to: BigBangRepository.Environment) throws -> PromotionPlan {
        guard from.path != to.path else {
            throw BigBangError.promotion("cannot promote \(from.name) to itself", at: nil)
        }
        if options.onlyVersion { return try VersionPromotion(fileSystem: fileSystem).plan(from: from, to: to, root: repository.root) }
        let fromFiles = Set(try yamlFiles(under: from.path)), toFiles = try yamlFiles(under: to.path)
        var plan = PromotionPlan(from: from.name, to: to.name, mode: .twoWay)
        let history = gitRepository().map(PromotionHistory.init)
        var bases: (from: InMemoryFileSystem, to: InMemoryFileSystem, fromDir: String, toDir: String)?
        if let history, let last = try history.lastPromotion(from: from.name, to: to.name),
           let fromDir = history.relativeDirectory(from.path, fileSystem: fileSystem),
           let toDir = history.relativeDirectory(to.path, fileSystem: fileSystem) {
            plan.mode = .threeWay(base: last.base, promotion: last.promotion.id.hex)
            bases = (try history.repository.readTree(at: last.base), try history.repository.readTree(at: last.promotion.id.hex),
                     fromDir, toDir)
        }
        let promoter = FilePromoter(keep: KeepList(repository.config.keep), fromEnvironment: from.name,
                                    toEnvironment: to.name, strategy: options.strategy)
        // A file pairs with the one of the same path, else with the one named after the
        // environment (`secrets/dev-bb-secret.yaml` → `secrets/staging-bb-secret.yaml`).
        var renamed: [String: String] = [:]
        for rel in fromFiles { renamed[rel.replacingEvery(from.name, with: to.name)] = rel }
        var paired = Set<String>()
        for rel in toFiles {
            guard let sourceRel = fromFiles.contains(rel) ? rel : renamed[rel] else { continue }
            paired.insert(sourceRel)
            let targetPath = Path.join(to.path, rel), sourcePath = Path.join(from.path, sourceRel)
            let display = relativeToRoot(targetPath)
            let target = try fileSystem.sourceFile(targetPath), source = try fileSystem.sourceFile(sourcePath)
            var input = FilePromoter.Input(relativePath: display, target: target, source: source)
            if let bases {
                input.threeWay = true
                input.sourceBase = try? bases.from.sourceFile("/" + Path.join(bases.fromDir, sourceRel))
                input.targetBase = try? bases.to.sourceFile("/" + Path.join(bases.toDir, rel))
            }
            let encrypted = try isEncrypted(target) || isEncrypted(source)
            if encrypted {
                guard options.includeSecrets else {
                    plan.notPromoted.append(NotPromotedFile(file: display, reason: "encrypted; use --include-secrets"))
                    continue
                }
                // Decrypted in memory only; bases that cannot be decrypted make it two-way.
                let secrets = SecretFilePromoter(repositoryRoot: repository.root, fileSystem: fileSystem,
                                                 identities: options.ageIdentities ?? AgeIdentity.fromEnvironment())
                do {
                    input.target = try secrets.plaintext(target)
                    input.source = try secrets.plaintext(source)
                } catch {
                    plan.notPromoted.append(NotPromotedFile(file: display, reason: "encrypted; cannot decrypt: \(error.asDiagnostic.message)"))
                    continue
                }
                input.sourceBase = input.sourceBase.flatMap { try? secrets.plaintext($0) }
                input.targetBase = input.targetBase.flatMap { try? secrets.plaintext($0) }
                input.secret = true
                let output = try promoter.promote(input)
                plan.changes += output.changes
                plan.conflicts += output.conflicts
                if let updated = output.updated, updated != input.target.bytes {
                    let reencrypted = try secrets.reencrypt(target: target, promoted: updated)
                    plan.updates.append(FileUpdate(path: targetPath, relativePath: display, original: target.bytes, updated: reencrypted))
                }
                continue
            }
            let output = try promoter.promote(input)
            plan.changes += output.changes
            plan.conflicts += output.conflicts
            if let updated = output.updated, updated != target.bytes {
                plan.updates.append(FileUpdate(path: targetPath, relativePath: display, original: target.bytes, updated: updated))
            }
        }
        for rel in fromFiles.subtracting(paired).sorted() {
            plan.notPromoted.append(NotPromotedFile(file: relativeToRoot(Path.join(from.path, rel)),
                                                    reason: "only in \(from.name); copy it to \(to.name) by hand"))
        }
        return plan
    }

    /// Writes the plan's files (all or none). Refuses when the plan has conflicts, and when
    /// TO has uncommitted changes unless `force`.
    public func apply(_ plan: PromotionPlan, to: BigBangRepository.Environment) throws {
        guard plan.conflicts.isEmpty else {
            throw BigBangError.promotion("\(plan.conflicts.count) conflict(s); nothing written (use --strategy ours|theirs)", at: nil)
        }
        guard !plan.updates.isEmpty else { return }
        try checkClean(to)
        try FileSetWriter.write(plan.updates.map { ($0.path, $0.updated) }, fileSystem: fileSystem)
    }

    /// Commits the plan's files: `promote: FROM -> TO` with `Promoted-From: FROM@<HEAD>`.
    public func commit(_ plan: PromotionPlan) throws -> GitObjectID {
        guard let repo = gitRepository() else {
            throw BigBangError.promotion("\(repository.root) is not in a git repository; cannot --commit", at: nil)
        }
        guard let head = try repo.headCommit else {
            throw BigBangError.promotion("the repository has no commits yet; commit \(plan.from) first", at: nil)
        }
        return try repo.commit(.paths(plan.updates.map(\.path)), message: PromotionHistory.subject(from: plan.from, to: plan.to),
                               trailers: [GitTrailer(PromotionHistory.trailerKey, "\(plan.from)@\(head.id.hex)")])
    }

    /// TO's uncommitted paths (empty outside git); `apply` refuses when there are any.
    public func uncommittedChanges(in environment: BigBangRepository.Environment) throws -> [String] {
        guard let history = gitRepository().map(PromotionHistory.init),
              let dir = history.relativeDirectory(environment.path, fileSystem: fileSystem) else { return [] }
        return try history.uncommittedPaths(under: dir)
    }

    private func checkClean(_ env: BigBangRepository.Environment) throws {
        guard !options.force else { return }
        let dirty = try uncommittedChanges(in: env)
        guard dirty.isEmpty else { throw BigBangError.uncommittedChanges(environment: env.name, paths: dirty) }
    }

    private func gitRepository() -> Git.GitRepository? {
        try? Git.GitRepository.discover(from: repository.root, environment: options.gitEnvironment)
    }

    private func isEncrypted(_ file: SourceFile) throws -> Bool {
        guard file.bytes.count < 64 << 20, (file.text.contains("sops:")) else { return false }
        return try YAMLParser.parse(file).contains { SOPS.isEncrypted($0) }
    }

    private func relativeToRoot(_ path: String) -> String {
        Path.isWithin(path, repository.root) ? Path.relative(path, to: repository.root) : path
    }

    /// YAML files below `dir`, relative to it, sorted; hidden entries skipped.
    func yamlFiles(under dir: String) throws -> [String] {
        var out: [String] = []
        var stack = [""]
        while let rel = stack.popLast() {
            let abs = rel.isEmpty ? dir : Path.join(dir, rel)
            for name in try fileSystem.listDirectory(abs) where !name.hasPrefix(".") {
                let child = rel.isEmpty ? name : rel + "/" + name
                if fileSystem.isDirectory(Path.join(dir, child)) {
                    stack.append(child)
                } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name == "Kustomization" {
                    out.append(child)
                }
            }
        }
        return out.sorted()
    }
}
