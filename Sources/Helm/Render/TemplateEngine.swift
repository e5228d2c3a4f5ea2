import FileSystem
import GoTemplate
import YAML

/// Helm's `engine.Render` (pkg/engine/engine.go): gathers the templates of a chart and its
/// enabled subcharts with per-chart data (`.Values` scoped to the chart, `.Chart`, `.Files`,
/// `.Subcharts`), parses all of them into one set in Helm's fixed order, then executes every
/// non-partial and strips `<no value>`.
struct TemplateEngine {
    struct Renderable {
        var text: String
        /// The chart-scoped data map; shared by all templates of that chart, as in Go.
        var data: TemplateMap
        var basePath: String
    }

    let release: TemplateValue
    let capabilities: TemplateValue

    init(releaseName: String, namespace: String, isUpgrade: Bool, revision: Int, capabilities: Capabilities) {
        release = .map([
            "Name": .string(releaseName), "Namespace": .string(namespace),
            "IsUpgrade": .bool(isUpgrade), "IsInstall": .bool(!isUpgrade),
            "Revision": .int(revision), "Service": .string("Helm"),
        ])
        self.capabilities = .object(CapabilitiesObject(capabilities))
    }

    /// The set every render parses into: Go builtins, Sprig without `env`/`expandenv`, Helm's
    /// functions. (`render` sets the random seed once parsing is over.)
    static func makeTemplateSet() -> TemplateSet {
        var functions = FunctionTable.standard
        functions["env"] = nil
        functions["expandenv"] = nil
        functions = functions.merging(HelmFunctions.table)
        return TemplateSet(name: "gotpl", functions: functions, options: TemplateOptions(missingKey: .zero))
    }

    /// Renders every template; the result maps template paths to output text. `preparsed`
    /// holds files already parsed into its set (see `TemplatePreparser`); `leftovers` receives
    /// the large graphs the caller may release in the background.
    /// Every template's rendered text, in Helm's execution order. `manifestsReady`, when given,
    /// receives the texts of all templates but NOTES.txt files as soon as they exist: when a
    /// NOTES.txt is the last template (as the root chart's is), while it still runs.
    func render(_ chart: Chart, values: [String: Value], preparsed: TemplatePreparser? = nil,
                randomSeed: UInt64? = nil, leftovers: RenderLeftovers? = nil, lookupObjects: [Value] = [],
                executionThreads: Int? = nil,
                manifestsReady: (([(path: String, content: String)]) throws -> Void)? = nil) throws
        -> [(path: String, content: String)] {
        var templates: [String: Renderable] = [:]
        // `.Values` is Helm's named map type `common.Values`, not a plain map: Sprig's `dig`
        // (and anything else asserting map[string]interface{}) rejects it as Helm does.
        var rootValues = TemplateValue(.map(values))
        if case .map(let m) = rootValues { m.namedType = "common.Values"; rootValues = .map(m) }
        _ = collect(chart, parentPath: nil, parentData: nil, rootValues: rootValues, into: &templates)
        let keys = TemplateEngine.sortedForParsing(Array(templates.keys))

        let set = preparsed?.set ?? TemplateEngine.makeTemplateSet()
        for key in keys {
            guard let r = templates[key] else { continue }
            do {
                if let early = preparsed?.take(key, text: r.text) {
                    set.add(try early.get())
                } else {
                    try set.parse(r.text, name: key)
                }
            } catch let e as TemplateError {
                throw TemplateEngine.parseError(key, e)
            }
        }
        preparsed?.finish()
        // Set only now: parse threads read the options while they run (parsing never uses
        // the seed, so trees parsed before this are the same).
        set.options.randomSeed = randomSeed

        let lookup = LookupIndex(lookupObjects)
        leftovers?.keep(set)
        leftovers?.keep(templates)
        leftovers?.keep(rootValues)
        let jobs = keys.compactMap { key -> TemplateExecution.Job? in
            let base = Path.basename(key)
            guard !base.hasPrefix("_"), let r = templates[key] else { return nil }
            return TemplateExecution.Job(key: key, data: r.data, basePath: r.basePath)
        }
        var execution = TemplateExecution(set: set, jobs: jobs, makeState: {
            let state = RenderState(lookup: lookup)
            leftovers?.keep(state)
            return state
        })
        if let executionThreads { execution.workers = max(1, executionThreads) }
        guard let manifestsReady else { return try execution.run() }
        let withoutNotes = { (files: [(path: String, content: String)]) in files.filter { !Self.isNotes($0.path) } }
        if let last = jobs.last, Self.isNotes(last.key) {
            return try execution.run(whileLastRuns: { try manifestsReady(withoutNotes($0)) })
        }
        let rendered = try execution.run()
        try manifestsReady(withoutNotes(rendered))
        return rendered
    }

    /// Helm's test for notes files (`strings.HasSuffix(name, "NOTES.txt")`): rendered so their
    /// errors count, never part of the manifest.
    static func isNotes(_ path: String) -> Bool { path.hasSuffix("NOTES.txt") }

    /// Matches `recAllTpls`: returns the chart's data map after registering its templates.
    private func collect(_ chart: Chart, parentPath: String?, parentData: TemplateMap?, rootValues: TemplateValue,
                         into templates: inout [String: Renderable]) -> TemplateMap {
        let subcharts = TemplateMap()
        let data = TemplateMap([
            "Chart": ChartData.value(chart.metadata, isRoot: parentPath == nil),
            "Files": .object(FilesObject(chartFiles: chart.files)),
            "Release": release,
            "Capabilities": capabilities,
            "Values": .map([:]),
            "Subcharts": .map(subcharts),
        ])
        if let parent = parentData {
            if case .map(let pv)? = parent["Values"], case .map(let mine)? = pv[chart.name] {
                data["Values"] = .map(mine)
            }
        } else {
            data["Values"] = rootValues
        }
        let fullPath = parentPath.map { $0 + "/charts/" + chart.name } ?? chart.name
        for child in chart.dependencies {
            subcharts[child.name] = .map(collect(child, parentPath: fullPath, parentData: data, rootValues: rootValues,
                                                 into: &templates))
        }
        for t in chart.templates {
            if chart.isLibrary {
                let base = Path.basename(t.name)
                if !base.hasPrefix("_") { continue }
            }
            templates[fullPath + "/" + t.name] = Renderable(text: t.text, data: data, basePath: fullPath + "/templates")
        }
        return data
    }

    /// Matches `sortTemplates`: deeper paths first, then reverse lexical order.
    static func sortedForParsing(_ keys: [String]) -> [String] {
        func depth(_ s: String) -> Int { s.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 } }
        return keys.map { (key: $0, depth: depth($0)) }.sorted { a, b in
            if a.depth != b.depth { return a.depth > b.depth }
            return goStringLess(b.key, a.key)
        }.map(\.key)
    }

    /// Matches `cleanupParseError`: `parse error at (FILE:LINE): MESSAGE`.
    static func parseError(_ filename: String, _ error: TemplateError) -> HelmError {
        let text = error.description
        let tokens = text.components(separatedBy: ": ")
        guard tokens.count > 1 else {
            return .template(message: "parse error in (\(filename)): \(text)", location: error.diagnostic.location)
        }
        return .template(message: "parse error at (\(tokens[1])): \(tokens[tokens.count - 1])",
                         location: error.diagnostic.location)
    }

    /// Helm v4's `reformatExecErrorMsg`: `required`/`fail` messages become
    /// `execution error at (FILE:LINE:COL): MESSAGE`; a chain of template errors becomes the
    /// indented trace; anything else keeps Go's one-line text.
    static func execError(_ filename: String, _ error: TemplateError) -> HelmError {
        let text = error.description
        let location = error.diagnostic.location
        let tokens = text.components(separatedBy: ": ")
        if tokens.count >= 3 {
            let rest = tokens[2...].joined(separator: ": ")
            if let start = rest.range(of: HelmFunctions.warnStart),
               let end = rest.range(of: HelmFunctions.warnEnd, options: .backwards), start.upperBound <= end.lowerBound {
                return .template(message: "execution error at (\(tokens[1])): \(rest[start.upperBound..<end.lowerBound])",
                                 location: location)
            }
        }
        var traces: [ExecTrace] = []
        var current: Error? = error
        while let e = current {
            let message: String
            switch e {
            case TemplateError.exec(let f):
                message = f.description
                current = f.function != nil ? f.cause : nil
            case let t as TemplateError:
                message = t.description
                current = nil
            case let f as TemplateFunctionError:
                message = f.message
                current = nil
            default:
                message = String(describing: e)
                current = nil
            }
            guard let trace = ExecTrace(parsing: message) else { return .template(message: text, location: location) }
            if traces.last != trace { traces.append(trace) }
        }
        let joined = traces.map(\.text).joined()
        return .template(message: joined.trimmingSpaces, location: location)
    }
}

/// One frame of Helm v4's `TraceableError`, parsed from a text/template error string.
struct ExecTrace: Equatable {
    var location = ""
    var message = ""
    var executedFunction = ""

    var text: String {
        var s = ""
        if !location.isEmpty { s += location + "\n  " }
        if !executedFunction.isEmpty { s += executedFunction + "\n    " }
        if !message.isEmpty { s += message + "\n" }
        return s
    }

    /// Matches `parseTemplateExecErrorString`.
    init?(parsing s: String) {
        let prefix = "template: "
        guard s.hasPrefix(prefix) else { return nil }
        let rest = String(s.dropFirst(prefix.count))
        if rest.hasPrefix("no template ") {
            message = s
            return
        }
        if let idx = rest.range(of: ": executing ") {
            let templateName = String(rest[..<idx.lowerBound])
            let after = rest[idx.upperBound...]
            guard after.first == "\"" else { return nil }
            let body = after.dropFirst()
            guard let endQuote = body.firstIndex(of: "\"") else { return nil }
            let function = String(body[..<endQuote])
            let afterFunc = body[body.index(after: endQuote)...]
            guard afterFunc.hasPrefix(" at <") else { return nil }
            let afterAt = afterFunc.dropFirst(5)
            guard let endLoc = afterAt.range(of: ">: ") else { return nil }
            let node = String(afterAt[..<endLoc.lowerBound])
            var msg = String(afterAt[endLoc.upperBound...])
            if let cut = msg.range(of: " template:") { msg = String(msg[..<cut.lowerBound]) }
            location = templateName
            message = msg
            executedFunction = "executing \"\(function)\" at <\(node)>:"
            return
        }
        if let sep = rest.range(of: ": ", options: .backwards) {
            location = String(rest[..<sep.lowerBound])
            var msg = String(rest[sep.upperBound...])
            if let cut = msg.range(of: " template:") { msg = String(msg[..<cut.lowerBound]) }
            message = msg
            return
        }
        return nil
    }
}
