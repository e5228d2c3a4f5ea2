import FileSystem
import Helm
import YAML

/// `bbctl template`: one chart rendered exactly as `helm template` renders it.
public struct ChartTemplate {
    public var values: ValuesOptions
    public var render: RenderOptions
    public let fileSystem: FileSystem

    public init(values: ValuesOptions, render: RenderOptions, fileSystem: FileSystem = DiskFileSystem()) {
        self.values = values
        self.render = render
        self.fileSystem = fileSystem
    }

    public func run(chart chartPath: String) throws -> CommandOutput {
        let cwd = currentDirectory()
        let chart = try ChartLoader.load(at: Path.join(cwd, chartPath), in: fileSystem)
        let userValues = try values.merged(in: fileSystem, directory: cwd)
        let result = try ChartRenderer().render(chart: chart, values: .map(userValues), options: render)
        return CommandOutput(text: try result.output())
    }
}
