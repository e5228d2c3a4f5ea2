import Foundation
import GoTemplate
import Testing

/// Masterminds/sprig v3.3.0 `genericMap` names, minus `env` and `expandenv` (Helm removes them).
let sprigNames: [String] = """
hello ago date date_in_zone date_modify dateInZone dateModify duration durationRound htmlDate htmlDateInZone
must_date_modify mustDateModify mustToDate now toDate unixEpoch abbrev abbrevboth trunc trim upper lower title
untitle substr repeat trimall trimAll trimSuffix trimPrefix nospace initials randAlphaNum randAlpha randAscii
randNumeric swapcase shuffle snakecase camelcase kebabcase wrap wrapWith contains hasPrefix hasSuffix quote
squote cat indent nindent replace plural sha1sum sha256sum sha512sum adler32sum toString atoi int64 int float64
seq toDecimal split splitList splitn toStrings until untilStep add1 add sub div mod mul randInt add1f addf subf
divf mulf biggest max min maxf minf ceil floor round join sortAlpha default empty coalesce all any compact
mustCompact fromJson toJson toPrettyJson toRawJson mustFromJson mustToJson mustToPrettyJson mustToRawJson ternary
deepCopy mustDeepCopy typeOf typeIs typeIsLike kindOf kindIs deepEqual getHostByName base dir clean ext isAbs
osBase osClean osDir osExt osIsAbs b64enc b64dec b32enc b32dec tuple list dict get set unset hasKey pluck keys
pick omit merge mergeOverwrite mustMerge mustMergeOverwrite values append push mustAppend mustPush prepend
mustPrepend first mustFirst rest mustRest last mustLast initial mustInitial reverse mustReverse uniq mustUniq
without mustWithout has mustHas slice mustSlice concat dig chunk mustChunk bcrypt htpasswd genPrivateKey
derivePassword buildCustomCert genCA genCAWithKey genSelfSignedCert genSelfSignedCertWithKey genSignedCert
genSignedCertWithKey encryptAES decryptAES randBytes uuidv4 semver semverCompare fail regexMatch mustRegexMatch
regexFindAll mustRegexFindAll regexFind mustRegexFind regexReplaceAll mustRegexReplaceAll regexReplaceAllLiteral
mustRegexReplaceAllLiteral regexSplit mustRegexSplit regexQuoteMeta urlParse urlJoin
""".split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

@Test func sprigTableMatchesSprigNames() {
    #expect(Set(FunctionTable.standard.names) == Set(sprigNames))
    #expect(!FunctionTable.standard.contains("env"))
    #expect(!FunctionTable.standard.contains("expandenv"))
}

/// The registration table is one file, kept in name order so additions are easy to review.
@Test func sprigTableSourceIsSorted() throws {
    let here = URL(fileURLWithPath: #filePath)
    let source = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/GoTemplate/Sprig/SprigFunctions.swift")
    guard let text = try? String(contentsOf: source, encoding: .utf8) else { return }
    let names = text.split(separator: "\n").compactMap { line -> String? in
        let t = line.drop(while: { $0 == " " })
        guard t.hasPrefix("\""), let end = t.dropFirst().firstIndex(of: "\""), t[end...].hasPrefix("\": F(") else { return nil }
        return String(t[t.index(after: t.startIndex)..<end])
    }
    #expect(names.count == sprigNames.count)
    #expect(names == names.sorted { $0.lowercased() < $1.lowercased() || ($0.lowercased() == $1.lowercased() && $0 < $1) })
}
