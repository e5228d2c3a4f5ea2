import FileSystem

/// Writes several files as one: every new content goes to a temp file beside its target
/// first, then the temps are renamed over the targets. If anything fails, the files already
/// replaced get their original bytes back and the temps are removed, so either every file
/// is new or every file is as it was.
public enum FileSetWriter {
    public static func write(_ files: [(path: String, bytes: [UInt8])], fileSystem fs: FileSystem) throws {
        var originals: [String: [UInt8]] = [:]
        for file in files where fs.exists(file.path) { originals[file.path] = try fs.readFile(file.path) }
        var temps: [String] = []
        func removeTemps() { for temp in temps { try? fs.removeItem(temp) } }
        do {
            for file in files {
                let temp = Path.join(Path.dirname(file.path), ".\(Path.basename(file.path)).bbctl-new")
                temps.append(temp)
                try fs.writeFileAtomically(temp, file.bytes)
            }
        } catch {
            removeTemps()
            throw error
        }
        var replaced: [String] = []
        do {
            for (file, temp) in zip(files, temps) {
                try fs.moveItem(temp, to: file.path)
                replaced.append(file.path)
            }
        } catch {
            var unrestored: [String] = []
            for path in replaced {
                do {
                    if let original = originals[path] { try fs.writeFileAtomically(path, original) } else { try fs.removeItem(path) }
                } catch {
                    unrestored.append(path)
                }
            }
            removeTemps()
            guard unrestored.isEmpty else {
                throw BigBangError.promotion(
                    "writing failed (\(error)) and \(unrestored.joined(separator: ", ")) could not be restored", at: nil)
            }
            throw error
        }
    }
}
