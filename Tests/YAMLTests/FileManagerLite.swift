import Foundation

/// Minimal file access for tests that read the shared corpus when it is present.
enum FileManagerLite {
    static func list(_ dir: String) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: dir) }
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
    static func read(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map { Array($0) } }
}

extension FileManagerLite {
    static func write(_ path: String, _ text: String) { FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) }
}

enum ProcessInfoLite {
    static func env(_ name: String) -> String? { ProcessInfo.processInfo.environment[name] }
}
