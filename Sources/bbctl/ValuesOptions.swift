import ArgumentParser
import Helm

/// Helm's values flags, in Helm's spelling; applied in Helm's order (files, then --set*).
struct ValuesOptions: ParsableArguments {
    @Option(name: [.customShort("f"), .customLong("values")], help: ArgumentHelp("Values file (YAML); may be repeated, later files win.", valueName: "file"))
    var valueFiles: [String] = []

    @Option(name: .customLong("set"), help: ArgumentHelp("Set values (key1=val1,key2=val2; a.b[0].c=x).", valueName: "key=value"))
    var set: [String] = []

    @Option(name: .customLong("set-string"), help: ArgumentHelp("Set STRING values.", valueName: "key=value"))
    var setString: [String] = []

    @Option(name: .customLong("set-json"), help: ArgumentHelp("Set JSON values (key=jsonvalue).", valueName: "key=json"))
    var setJSON: [String] = []

    @Option(name: .customLong("set-file"), help: ArgumentHelp("Set values from files (key=path).", valueName: "key=path"))
    var setFile: [String] = []

    @Option(name: .customLong("set-literal"), help: ArgumentHelp("Set a literal STRING value (no parsing of the value).", valueName: "key=value"))
    var setLiteral: [String] = []

    var helmValues: Helm.ValuesOptions {
        Helm.ValuesOptions(valueFiles: valueFiles, jsonValues: setJSON, values: set,
                           stringValues: setString, fileValues: setFile, literalValues: setLiteral)
    }
}

/// Output selection shared by commands that print Kubernetes objects.
struct OutputOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case yaml, json }

    @Option(name: [.customShort("o"), .customLong("output")], help: "Output format: yaml or json.")
    var format: Format = .yaml
}
