import Foundation

extension FunctionTable {
    /// Sprig's `TxtFuncMap` minus `env` and `expandenv`, as Helm installs it (Go's builtins
    /// are always available and need no entry).
    public static let standard: FunctionTable = FunctionTable(SprigRegistry.functions)
}

/// Every Sprig function, sorted by name: one row per function with its Go signature.
/// `SprigRegistryTests` checks the names against Sprig v3's `genericMap`.
enum SprigRegistry {
    typealias F = TemplateFunction
    private static func str(_ s: String) -> TemplateValue { .string(s) }

    static let functions: [String: TemplateFunction] = [
        "abbrev": F([.int, .string]) { c in str(c.int(0) < 4 ? c.string(1) : SprigStrings.abbreviateFull(c.string(1), 0, c.int(0))) },
        "abbrevboth": F([.int, .int, .string]) { c in
            let l = c.int(0), r = c.int(1)
            if r < 4 || (l > 0 && r < 7) { return str(c.string(2)) }
            return str(SprigStrings.abbreviateFull(c.string(2), l, r))
        },
        "add": F([], variadic: .any) { c in .int64(c.arguments.reduce(Int64(0)) { $0 &+ Cast.toInt64($1) }) },
        "add1": F([.any]) { c in .int64(Cast.toInt64(c[0]) &+ 1) },
        "add1f": F([.any]) { c in .float(SprigMath.decimalFold(c[0], [.int(1)], .add)) },
        "addf": F([], variadic: .any) { c in .float(SprigMath.decimalFold(.float(0), c.arguments, .add)) },
        "adler32sum": F([.string]) { c in str(String(SprigEncoding.adler32(Array(c.string(0).utf8)))) },
        "ago": F([.any]) { c in str(SprigDates.ago(c[0])) },
        "all": F([], variadic: .any) { c in .bool(c.arguments.allSatisfy { !Cast.empty($0) }) },
        "any": F([], variadic: .any) { c in .bool(c.arguments.contains { !Cast.empty($0) }) },
        "append": F([.any, .any]) { c in try SprigLists.push(c[0], c[1]) },
        "atoi": F([.string]) { c in .int(Int(NumberLiteral.parseSigned10(c.string(0)) ?? 0)) },
        "b32dec": F([.string]) { c in str(SprigEncoding.base32Decode(c.string(0))) },
        "b32enc": F([.string]) { c in str(SprigEncoding.base32Encode(Array(c.string(0).utf8))) },
        "b64dec": F([.string]) { c in str(SprigEncoding.base64Decode(c.string(0))) },
        "b64enc": F([.string]) { c in str(Base64.encode(Array(c.string(0).utf8))) },
        "base": F([.string]) { c in str(GoPath.base(c.string(0))) },
        "bcrypt": F([.string]) { c in str(try SprigCrypto.unsupported("bcrypt")) },
        "biggest": F([.any], variadic: .any) { c in .int64(c.arguments.map(Cast.toInt64).max() ?? 0) },
        "buildCustomCert": F([.string, .string]) { _ in try SprigCrypto.unsupportedValue("buildCustomCert") },
        "camelcase": F([.string]) { c in str(SprigCase.camel(c.string(0))) },
        "cat": F([], variadic: .any) { c in
            str(c.arguments.filter { !$0.isNull }.map { GoFormatter.format($0, verb: "v") }.joined(separator: " "))
        },
        "ceil": F([.any]) { c in .float(Cast.toFloat64(c[0]).rounded(.up)) },
        "chunk": F([.int, .any]) { c in try SprigLists.chunk(c.int(0), c[1]) },
        "clean": F([.string]) { c in str(GoPath.clean(c.string(0))) },
        "coalesce": F([], variadic: .any) { c in c.arguments.first { !Cast.empty($0) } ?? .null },
        "compact": F([.any]) { c in try SprigLists.compact(c[0]) },
        "concat": F([], variadic: .any) { c in try SprigLists.concat(c.arguments) },
        "contains": F([.string, .string]) { c in .bool(c.string(1).utf8.contains(subsequence: c.string(0).utf8)) },
        "date": F([.string, .any]) { c in str(SprigDates.format(c.string(0), c[1], zone: nil)) },
        "date_in_zone": F([.string, .any, .string]) { c in str(SprigDates.format(c.string(0), c[1], zone: c.string(2))) },
        "date_modify": F([.string, .any]) { c in try SprigDates.modify(c.string(0), c[1], must: false) },
        "dateInZone": F([.string, .any, .string]) { c in str(SprigDates.format(c.string(0), c[1], zone: c.string(2))) },
        "dateModify": F([.string, .any]) { c in try SprigDates.modify(c.string(0), c[1], must: false) },
        "decryptAES": F([.string, .string]) { _ in try SprigCrypto.unsupportedValue("decryptAES") },
        "deepCopy": F([.any]) { c in SprigDicts.deepCopy(c[0]) },
        "deepEqual": F([.any, .any]) { c in .bool(SprigLists.deepEqual(c[0], c[1])) },
        "default": F([.any], variadic: .any) { c in
            (c.count < 2 || Cast.empty(c[1])) ? c[0] : c[1]
        },
        "derivePassword": F([.any, .string, .string, .string, .string]) { c in
            // Go's parameter is uint32; template integers convert.
            str(SprigDerivePassword.derive(counter: UInt32(truncatingIfNeeded: Cast.toInt64(c[0])), type: c.string(1),
                                           password: c.string(2), user: c.string(3), site: c.string(4)))
        },
        "dict": F([], variadic: .any) { c in SprigDicts.dict(c.arguments) },
        "dig": F([], variadic: .any) { c in try SprigDicts.dig(c.arguments) },
        "dir": F([.string]) { c in str(GoPath.dir(c.string(0))) },
        "div": F([.any, .any]) { c in .int64(try SprigMath.divide(Cast.toInt64(c[0]), Cast.toInt64(c[1]))) },
        "divf": F([.any], variadic: .any) { c in .float(SprigMath.decimalFold(c[0], Array(c.arguments.dropFirst()), .div)) },
        "duration": F([.any]) { c in
            // Sprig reads only int64 and decimal strings; every other type is 0.
            var n: Int64 = 0
            if case .int64(let v) = c[0] { n = v } else if case .string(let s) = c[0] { n = NumberLiteral.parseSigned10(s) ?? 0 }
            return str(GoDuration.string(n.multipliedReportingOverflow(by: 1_000_000_000).partialValue))
        },
        "durationRound": F([.any]) { c in str(SprigDates.durationRound(c[0])) },
        "empty": F([.any]) { c in .bool(Cast.empty(c[0])) },
        "encryptAES": F([.string, .string]) { _ in try SprigCrypto.unsupportedValue("encryptAES") },
        "ext": F([.string]) { c in str(GoPath.ext(c.string(0))) },
        "fail": F([.string]) { c in throw TemplateFunctionError(c.string(0)) },
        "first": F([.any]) { c in try SprigLists.first(c[0]) },
        "float64": F([.any]) { c in .float(Cast.toFloat64(c[0])) },
        "floor": F([.any]) { c in .float(Cast.toFloat64(c[0]).rounded(.down)) },
        "fromJson": F([.string]) { c in (try? SprigJSON.decode(c.string(0))) ?? .null },
        "genCA": F([.string, .int]) { _ in try SprigCrypto.unsupportedValue("genCA") },
        "genCAWithKey": F([.string, .int, .string]) { _ in try SprigCrypto.unsupportedValue("genCAWithKey") },
        "genPrivateKey": F([.string]) { c in str(SprigCrypto.privateKey(c.string(0))) },
        "genSelfSignedCert": F([.string, .list, .list, .int]) { _ in try SprigCrypto.unsupportedValue("genSelfSignedCert") },
        "genSelfSignedCertWithKey": F([.string, .list, .list, .int, .string]) { _ in try SprigCrypto.unsupportedValue("genSelfSignedCertWithKey") },
        "genSignedCert": F([.string, .list, .list, .int, .any]) { _ in try SprigCrypto.unsupportedValue("genSignedCert") },
        "genSignedCertWithKey": F([.string, .list, .list, .int, .any, .string]) { _ in try SprigCrypto.unsupportedValue("genSignedCertWithKey") },
        "get": F([.map, .string]) { c in c[0].mapValue?[c.string(1)] ?? .string("") },
        "getHostByName": F([.string]) { _ in .string("") },
        "has": F([.any, .any]) { c in try SprigLists.has(c[0], c[1]) },
        "hasKey": F([.map, .string]) { c in .bool(c[0].mapValue?[c.string(1)] != nil) },
        "hasPrefix": F([.string, .string]) { c in .bool(c.string(1).utf8.starts(with: c.string(0).utf8)) },
        "hasSuffix": F([.string, .string]) { c in .bool(c.string(1).utf8.reversed().starts(with: c.string(0).utf8.reversed())) },
        "hello": F() { _ in .string("Hello!") },
        "htmlDate": F([.any]) { c in str(SprigDates.format("2006-01-02", c[0], zone: nil)) },
        "htmlDateInZone": F([.any, .string]) { c in str(SprigDates.format("2006-01-02", c[0], zone: c.string(1))) },
        "htpasswd": F([.string, .string]) { _ in try SprigCrypto.unsupportedValue("htpasswd") },
        "indent": F([.int, .string]) { c in str(SprigStrings.indent(c.int(0), c.string(1))) },
        "initial": F([.any]) { c in try SprigLists.initial(c[0]) },
        "initials": F([.string]) { c in str(SprigStrings.initials(c.string(0))) },
        "int": F([.any]) { c in .int(Cast.toInt(c[0])) },
        "int64": F([.any]) { c in .int64(Cast.toInt64(c[0])) },
        "isAbs": F([.string]) { c in .bool(c.string(0).hasPrefix("/")) },
        "join": F([.string, .any]) { c in str(Cast.strslice(c[1]).joined(separator: c.string(0))) },
        "kebabcase": F([.string]) { c in str(SprigCase.lowerJoined(c.string(0), connector: "-")) },
        "keys": F([], variadic: .map) { c in SprigDicts.keys(c.arguments) },
        "kindIs": F([.string, .any]) { c in .bool(c.string(0) == c[1].goKindName) },
        "kindOf": F([.any]) { c in str(c[0].goKindName) },
        "last": F([.any]) { c in try SprigLists.last(c[0]) },
        "list": F([], variadic: .any) { c in .list(c.arguments) },
        "lower": F([.string]) { c in str(SprigStrings.mapScalars(c.string(0), SprigStrings.lower)) },
        "max": F([.any], variadic: .any) { c in .int64(c.arguments.map(Cast.toInt64).max() ?? 0) },
        "maxf": F([.any], variadic: .any) { c in .float(c.arguments.map(Cast.toFloat64).reduce(-Double.infinity) { Swift.max($0, $1) }) },
        "merge": F([.map], variadic: .map) { c in
            guard case .map(let dst) = c[0] else { return c[0] }
            for src in c.arguments.dropFirst() { if case .map(let s) = src { SprigDicts.merge(into: dst, from: s, overwrite: false) } }
            return .map(dst)
        },
        "mergeOverwrite": F([.map], variadic: .map) { c in
            guard case .map(let dst) = c[0] else { return c[0] }
            for src in c.arguments.dropFirst() { if case .map(let s) = src { SprigDicts.merge(into: dst, from: s, overwrite: true) } }
            return .map(dst)
        },
        "min": F([.any], variadic: .any) { c in .int64(c.arguments.map(Cast.toInt64).min() ?? 0) },
        "minf": F([.any], variadic: .any) { c in .float(c.arguments.map(Cast.toFloat64).reduce(Double.infinity) { Swift.min($0, $1) }) },
        "mod": F([.any, .any]) { c in .int64(try SprigMath.modulo(Cast.toInt64(c[0]), Cast.toInt64(c[1]))) },
        "mul": F([.any], variadic: .any) { c in .int64(c.arguments.dropFirst().reduce(Cast.toInt64(c[0])) { $0 &* Cast.toInt64($1) }) },
        "mulf": F([.any], variadic: .any) { c in .float(SprigMath.decimalFold(c[0], Array(c.arguments.dropFirst()), .mul)) },
        "must_date_modify": F([.string, .any]) { c in try SprigDates.modify(c.string(0), c[1], must: true) },
        "mustAppend": F([.any, .any]) { c in try SprigLists.push(c[0], c[1]) },
        "mustChunk": F([.int, .any]) { c in try SprigLists.chunk(c.int(0), c[1]) },
        "mustCompact": F([.any]) { c in try SprigLists.compact(c[0]) },
        "mustDateModify": F([.string, .any]) { c in try SprigDates.modify(c.string(0), c[1], must: true) },
        "mustDeepCopy": F([.any]) { c in
            if case .null = c[0] { throw TemplateFunctionError("copy: cannot copy nil") }
            return SprigDicts.deepCopy(c[0])
        },
        "mustFirst": F([.any]) { c in try SprigLists.first(c[0]) },
        "mustFromJson": F([.string]) { c in try SprigJSON.decode(c.string(0)) },
        "mustHas": F([.any, .any]) { c in try SprigLists.has(c[0], c[1]) },
        "mustInitial": F([.any]) { c in try SprigLists.initial(c[0]) },
        "mustLast": F([.any]) { c in try SprigLists.last(c[0]) },
        "mustMerge": F([.map], variadic: .map) { c in
            guard case .map(let dst) = c[0] else { return c[0] }
            for src in c.arguments.dropFirst() { if case .map(let s) = src { SprigDicts.merge(into: dst, from: s, overwrite: false) } }
            return .map(dst)
        },
        "mustMergeOverwrite": F([.map], variadic: .map) { c in
            guard case .map(let dst) = c[0] else { return c[0] }
            for src in c.arguments.dropFirst() { if case .map(let s) = src { SprigDicts.merge(into: dst, from: s, overwrite: true) } }
            return .map(dst)
        },
        "mustPrepend": F([.any, .any]) { c in try SprigLists.prepend(c[0], c[1]) },
        "mustPush": F([.any, .any]) { c in try SprigLists.push(c[0], c[1]) },
        "mustRegexFind": F([.string, .string]) { c in str(try SprigRegex.find(c.string(0), c.string(1), must: true)) },
        "mustRegexFindAll": F([.string, .string, .int]) { c in .stringList(try SprigRegex.findAll(c.string(0), c.string(1), c.int(2), must: true)) },
        "mustRegexMatch": F([.string, .string]) { c in .bool(try SprigRegex.match(c.string(0), c.string(1), must: true)) },
        "mustRegexReplaceAll": F([.string, .string, .string]) { c in str(try SprigRegex.replaceAll(c.string(0), c.string(1), c.string(2), literal: false, must: true)) },
        "mustRegexReplaceAllLiteral": F([.string, .string, .string]) { c in str(try SprigRegex.replaceAll(c.string(0), c.string(1), c.string(2), literal: true, must: true)) },
        "mustRegexSplit": F([.string, .string, .int]) { c in .stringList(try SprigRegex.split(c.string(0), c.string(1), c.int(2), must: true)) },
        "mustRest": F([.any]) { c in try SprigLists.rest(c[0]) },
        "mustReverse": F([.any]) { c in try SprigLists.reverse(c[0]) },
        "mustSlice": F([.any], variadic: .any) { c in try SprigLists.slice(c[0], Array(c.arguments.dropFirst())) },
        "mustToDate": F([.string, .string]) { c in try SprigDates.toDate(c.string(0), c.string(1), must: true) },
        "mustToJson": F([.any]) { c in str(try SprigJSON.encode(c[0])) },
        "mustToPrettyJson": F([.any]) { c in str(try SprigJSON.encode(c[0], indent: "  ")) },
        "mustToRawJson": F([.any]) { c in str(try SprigJSON.encode(c[0], escapeHTML: false)) },
        "mustUniq": F([.any]) { c in try SprigLists.uniq(c[0]) },
        "mustWithout": F([.any], variadic: .any) { c in try SprigLists.without(c[0], Array(c.arguments.dropFirst())) },
        "nindent": F([.int, .string]) { c in str("\n" + SprigStrings.indent(c.int(0), c.string(1))) },
        "nospace": F([.string]) { c in str(String(String.UnicodeScalarView(c.string(0).unicodeScalars.filter { !SprigStrings.isSpace($0) }))) },
        "now": F() { _ in .object(GoTime(date: Date(), zone: TimeZone.current)) },
        "omit": F([.map], variadic: .string) { c in SprigDicts.omit(c[0].mapValue ?? TemplateMap(), Array(c.arguments.dropFirst())) },
        "osBase": F([.string]) { c in str(GoPath.base(c.string(0))) },
        "osClean": F([.string]) { c in str(GoPath.clean(c.string(0))) },
        "osDir": F([.string]) { c in str(GoPath.dir(c.string(0))) },
        "osExt": F([.string]) { c in str(GoPath.ext(c.string(0))) },
        "osIsAbs": F([.string]) { c in .bool(c.string(0).hasPrefix("/")) },
        "pick": F([.map], variadic: .string) { c in SprigDicts.pick(c[0].mapValue ?? TemplateMap(), Array(c.arguments.dropFirst())) },
        "pluck": F([.string], variadic: .map) { c in SprigDicts.pluck(c.string(0), Array(c.arguments.dropFirst())) },
        "plural": F([.string, .string, .int]) { c in str(c.int(2) == 1 ? c.string(0) : c.string(1)) },
        "prepend": F([.any, .any]) { c in try SprigLists.prepend(c[0], c[1]) },
        "push": F([.any, .any]) { c in try SprigLists.push(c[0], c[1]) },
        "quote": F([], variadic: .any) { c in
            str(c.arguments.filter { !$0.isNull }.map { goQuote(Cast.strval($0)) }.joined(separator: " "))
        },
        "randAlpha": F([.int]) { c in str(SprigRandom.string(c.int(0), SprigRandom.alpha, using: &c.context.random)) },
        "randAlphaNum": F([.int]) { c in str(SprigRandom.string(c.int(0), SprigRandom.alphaNumeric, using: &c.context.random)) },
        "randAscii": F([.int]) { c in str(SprigRandom.string(c.int(0), SprigRandom.ascii, using: &c.context.random)) },
        "randBytes": F([.int]) { c in str(try SprigRandom.bytes(c.int(0), using: &c.context.random)) },
        "randInt": F([.int, .int]) { c in
            let lo = c.int(0), hi = c.int(1)
            guard hi > lo else { throw TemplateFunctionError("invalid argument to Intn") }
            return .int(Int.random(in: lo..<hi, using: &c.context.random))
        },
        "randNumeric": F([.int]) { c in str(SprigRandom.string(c.int(0), SprigRandom.numeric, using: &c.context.random)) },
        "regexFind": F([.string, .string]) { c in str(try SprigRegex.find(c.string(0), c.string(1), must: false)) },
        "regexFindAll": F([.string, .string, .int]) { c in .stringList(try SprigRegex.findAll(c.string(0), c.string(1), c.int(2), must: false)) },
        "regexMatch": F([.string, .string]) { c in .bool((try? SprigRegex.match(c.string(0), c.string(1), must: true)) ?? false) },
        "regexQuoteMeta": F([.string]) { c in str(SprigRegex.quoteMeta(c.string(0))) },
        "regexReplaceAll": F([.string, .string, .string]) { c in str(try SprigRegex.replaceAll(c.string(0), c.string(1), c.string(2), literal: false, must: false)) },
        "regexReplaceAllLiteral": F([.string, .string, .string]) { c in str(try SprigRegex.replaceAll(c.string(0), c.string(1), c.string(2), literal: true, must: false)) },
        "regexSplit": F([.string, .string, .int]) { c in .stringList(try SprigRegex.split(c.string(0), c.string(1), c.int(2), must: false)) },
        "repeat": F([.int, .string]) { c in
            guard c.int(0) >= 0 else { throw TemplateFunctionError("strings: negative Repeat count") }
            return str(String(repeating: c.string(1), count: c.int(0)))
        },
        "replace": F([.string, .string, .string]) { c in str(SprigStrings.replaceAll(c.string(2), c.string(0), c.string(1))) },
        "rest": F([.any]) { c in try SprigLists.rest(c[0]) },
        "reverse": F([.any]) { c in try SprigLists.reverse(c[0]) },
        "round": F([.any, .int], variadic: .float64) { c in
            var on = 0.5
            if c.count > 2, case .float(let f) = c[2] { on = f }
            return .float(SprigMath.round(c[0], c.int(1), on))
        },
        "semver": F([.string]) { c in .object(try SemanticVersion.parse(c.string(0))) },
        "semverCompare": F([.string, .string]) { c in
            let constraint = try SemverConstraint.parse(c.string(0))
            return .bool(constraint.check(try SemanticVersion.parse(c.string(1))))
        },
        "seq": F([], variadic: .int) { c in str(SprigLists.seq(c.arguments.map(Cast.toInt))) },
        "set": F([.map, .string, .any]) { c in
            guard case .map(let m) = c[0] else { throw TemplateFunctionError("assignment to entry in nil map") }
            m[c.string(1)] = c[2]
            return c[0]
        },
        "sha1sum": F([.string]) { c in str(SprigEncoding.sha1(c.string(0))) },
        "sha256sum": F([.string]) { c in str(SprigEncoding.sha256(c.string(0))) },
        "sha512sum": F([.string]) { c in str(SprigEncoding.sha512(c.string(0))) },
        "shuffle": F([.string]) { c in str(SprigCase.shuffle(c.string(0))) },
        "slice": F([.any], variadic: .any) { c in try SprigLists.slice(c[0], Array(c.arguments.dropFirst())) },
        "snakecase": F([.string]) { c in str(SprigCase.lowerJoined(c.string(0), connector: "_")) },
        "sortAlpha": F([.any]) { c in SprigLists.sortAlpha(c[0]) },
        "split": F([.string, .string]) { c in
            let m = TemplateMap()
            for (i, p) in SprigStrings.split(c.string(1), c.string(0)).enumerated() { m["_\(i)"] = .string(p) }
            return .map(m)
        },
        "splitList": F([.string, .string]) { c in .stringList(SprigStrings.split(c.string(1), c.string(0))) },
        "splitn": F([.string, .int, .string]) { c in
            let m = TemplateMap()
            for (i, p) in SprigStrings.split(c.string(2), c.string(0), limit: c.int(1)).enumerated() { m["_\(i)"] = .string(p) }
            return .map(m)
        },
        "squote": F([], variadic: .any) { c in
            str(c.arguments.filter { !$0.isNull }.map { "'" + GoFormatter.format($0, verb: "v") + "'" }.joined(separator: " "))
        },
        "sub": F([.any, .any]) { c in .int64(Cast.toInt64(c[0]) &- Cast.toInt64(c[1])) },
        "subf": F([.any], variadic: .any) { c in .float(SprigMath.decimalFold(c[0], Array(c.arguments.dropFirst()), .sub)) },
        "substr": F([.int, .int, .string]) { c in str(try SprigStrings.substring(c.int(0), c.int(1), c.string(2))) },
        "swapcase": F([.string]) { c in str(SprigStrings.swapCase(c.string(0))) },
        "ternary": F([.any, .any, .bool]) { c in c[2].isTruthy ? c[0] : c[1] },
        "title": F([.string]) { c in str(SprigStrings.goTitle(c.string(0))) },
        "toDate": F([.string, .string]) { c in try SprigDates.toDate(c.string(0), c.string(1), must: false) },
        "toDecimal": F([.any]) { c in .int64(SprigMath.toDecimal(c[0])) },
        "toJson": F([.any]) { c in str((try? SprigJSON.encode(c[0])) ?? "") },
        "toPrettyJson": F([.any]) { c in str((try? SprigJSON.encode(c[0], indent: "  ")) ?? "") },
        "toRawJson": F([.any]) { c in str((try? SprigJSON.encode(c[0], escapeHTML: false)) ?? "") },
        "toString": F([.any]) { c in str(Cast.strval(c[0])) },
        "toStrings": F([.any]) { c in .stringList(Cast.strslice(c[0])) },
        "trim": F([.string]) { c in str(SprigStrings.trimSpace(c.string(0))) },
        "trimAll": F([.string, .string]) { c in str(SprigStrings.trimSet(c.string(1), c.string(0))) },
        "trimall": F([.string, .string]) { c in str(SprigStrings.trimSet(c.string(1), c.string(0))) },
        "trimPrefix": F([.string, .string]) { c in
            let s = c.string(1), p = c.string(0)
            return str(s.utf8.starts(with: p.utf8) ? String(decoding: Array(s.utf8).dropFirst(p.utf8.count), as: UTF8.self) : s)
        },
        "trimSuffix": F([.string, .string]) { c in
            let s = c.string(1), p = c.string(0)
            return str(s.utf8.reversed().starts(with: p.utf8.reversed()) ? String(decoding: Array(s.utf8).dropLast(p.utf8.count), as: UTF8.self) : s)
        },
        "trunc": F([.int, .string]) { c in str(SprigStrings.trunc(c.int(0), c.string(1))) },
        "tuple": F([], variadic: .any) { c in .list(c.arguments) },
        "typeIs": F([.string, .any]) { c in .bool(c.string(0) == c[1].goTypeName) },
        "typeIsLike": F([.string, .any]) { c in
            let t = c[1].goTypeName
            return .bool(c.string(0) == t || "*" + c.string(0) == t)
        },
        "typeOf": F([.any]) { c in str(c[0].goTypeName) },
        "uniq": F([.any]) { c in try SprigLists.uniq(c[0]) },
        "unixEpoch": F([.any]) { c in str(SprigDates.unixEpoch(c[0])) },
        "unset": F([.map, .string]) { c in
            c[0].mapValue?[c.string(1)] = nil
            return c[0]
        },
        "until": F([.int]) { c in .list(SprigLists.untilStep(0, c.int(0), c.int(0) < 0 ? -1 : 1).map { .int($0) }) },
        "untilStep": F([.int, .int, .int]) { c in .list(SprigLists.untilStep(c.int(0), c.int(1), c.int(2)).map { .int($0) }) },
        "untitle": F([.string]) { c in str(SprigStrings.uncapitalize(c.string(0))) },
        "upper": F([.string]) { c in str(SprigStrings.mapScalars(c.string(0), SprigStrings.upper)) },
        "urlJoin": F([.map]) { c in str(SprigURL.join(c[0].mapValue ?? TemplateMap())) },
        "urlParse": F([.string]) { c in try SprigURL.parse(c.string(0)) },
        "uuidv4": F() { c in str(SprigRandom.uuid(using: &c.context.random)) },
        "values": F([.map]) { c in SprigDicts.values(c[0].mapValue ?? TemplateMap()) },
        "without": F([.any], variadic: .any) { c in try SprigLists.without(c[0], Array(c.arguments.dropFirst())) },
        "wrap": F([.int, .string]) { c in str(SprigStrings.wrap(c.string(1), c.int(0), "\n", false)) },
        "wrapWith": F([.int, .string, .string]) { c in str(SprigStrings.wrap(c.string(2), c.int(0), c.string(1), true)) },
    ]
}

extension String.UTF8View {
    /// strings.Contains over bytes.
    func contains(subsequence needle: String.UTF8View) -> Bool {
        let n = Array(needle)
        if n.isEmpty { return true }
        let h = Array(self)
        if n.count > h.count { return false }
        var i = 0
        while i + n.count <= h.count {
            if h[i] == n[0] && SprigStrings.matches(h, at: i, n) { return true }
            i += 1
        }
        return false
    }
}
