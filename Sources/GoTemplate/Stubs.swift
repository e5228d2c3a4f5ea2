// Temporary: lets the public API compile before the engine lands.
struct TemplateSource { var name: String; var bytes: [UInt8] }
final class Template { let name: String; var isEmpty: Bool { true }; init(name: String) { self.name = name } }
enum Parser {
    static func parse(_ source: TemplateSource, functions: FunctionTable, options: TemplateOptions) throws -> [Template] {
        [Template(name: source.name)]
    }
}
struct Executor {
    init(context: ExecutionContext, set: TemplateSet, options: TemplateOptions) {}
    mutating func run(_ t: Template, data: TemplateValue, into: inout [UInt8]) throws {}
}
extension ExecutionContext { func runOnLargeStack(_ body: () throws -> Void) throws { try body() } }
extension FunctionTable { public static var standard: FunctionTable { FunctionTable() } }
enum Base64 { static func encode(_ b: [UInt8]) -> String { "" } }
