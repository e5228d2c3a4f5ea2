import Diagnostics
import FileSystem
import YAML

/// The user's values flags, merged as Helm's `values.Options.MergeValues` does: every `-f`
/// file in order, then `--set-json`, `--set`, `--set-string`, `--set-file`, `--set-literal`.
public struct ValuesOptions: Sendable {
    public var valueFiles: [String]
    public var jsonValues: [String]
    public var values: [String]
    public var stringValues: [String]
    public var fileValues: [String]
    public var literalValues: [String]

    public init(valueFiles: [String] = [], jsonValues: [String] = [], values: [String] = [],
                stringValues: [String] = [], fileValues: [String] = [], literalValues: [String] = []) {
        self.valueFiles = valueFiles
        self.jsonValues = jsonValues
        self.values = values
        self.stringValues = stringValues
        self.fileValues = fileValues
        self.literalValues = literalValues
    }

    /// Merges everything into one map. Relative paths resolve against `directory`.
    public func merged(in fs: FileSystem, directory: String = "/") throws -> [String: Value] {
        var base: [String: Value] = [:]
        for path in valueFiles {
            let full = Path.join(directory, path)
            let bytes: [UInt8]
            do {
                bytes = try fs.readFile(full)
            } catch {
                throw HelmError.invalidValues(message: "open \(path): no such file or directory", location: nil)
            }
            let file = SourceFile(path: path, bytes: bytes)
            do {
                base = ValuesCoalescer.mergeMaps(base, try YAMLBridge.decodeValuesFile(file))
            } catch let e as HelmError {
                throw HelmError.invalidValues(message: "failed to parse \(path): \(e.helmMessage)",
                                              location: e.diagnostic.location)
            }
        }
        for value in jsonValues {
            let trimmed = value.trimmingSpaces
            if trimmed.hasPrefix("{") {
                guard case .map(let m)? = try? YAMLBridge.decodeJSON(trimmed) else {
                    throw HelmError.invalidValues(message: "failed parsing --set-json data JSON: \(value)", location: nil)
                }
                base = ValuesCoalescer.mergeMaps(base, m)
            } else {
                try parse(value, into: &base, mode: .json, flag: "--set-json")
            }
        }
        for value in values { try parse(value, into: &base, mode: .typed, flag: "--set") }
        for value in stringValues { try parse(value, into: &base, mode: .string, flag: "--set-string") }
        for value in fileValues {
            let reader: (String) throws -> String = { path in
                do {
                    return try fs.readText(Path.join(directory, path))
                } catch {
                    throw StrvalsParser.ParseError(message: "open \(path): no such file or directory")
                }
            }
            try parse(value, into: &base, mode: .file(reader), flag: "--set-file")
        }
        for value in literalValues { try parse(value, into: &base, mode: .literal, flag: "--set-literal") }
        return base
    }

    private func parse(_ text: String, into base: inout [String: Value], mode: StrvalsParser.Mode, flag: String) throws {
        do {
            try StrvalsParser.parse(text, into: &base, mode: mode)
        } catch let e as StrvalsParser.ParseError {
            throw HelmError.invalidValues(message: "failed parsing \(flag) data: \(e.message)", location: nil)
        } catch let e as HelmError {
            throw HelmError.invalidValues(message: "failed parsing \(flag) data: \(e.helmMessage)", location: nil)
        }
    }
}
