import Testing
@testable import YAML

/// The one-pass scan for printable-ASCII text must find exactly what libyaml's general scan
/// finds, for every arrangement of the characters the scan cares about.
@Suite struct ScalarAnalysisTests {
    /// Indicators, whitespace, line feeds, the document markers' characters and plain letters.
    static let alphabet: [UInt8] = Array(" \n-:#,?[]{}&*!|>'\"%@`.ab".utf8)

    /// Deterministic pseudo-random texts (SplitMix64), lengths 1 to 12.
    static func texts(count: Int) -> [[UInt8]] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return (0..<count).map { _ in
            let length = Int(next() % 12) + 1
            return (0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
        }
    }

    @Test func asciiScanAgreesWithTheGeneralScan() throws {
        for text in Self.texts(count: 50_000) {
            let fast = try #require(ScalarAnalysis.printableASCIIFindings(text))
            #expect(fast == ScalarAnalysis.findings(text), "text: \(String(decoding: text, as: UTF8.self).debugDescription)")
        }
    }

    @Test(arguments: ["---", "...", "- a", "a: b", "a:", "#x", "a #b", "a#b", " lead", "trail ", "\nx", "x\n", "a \nb", "a\n b", "line\nbreak"])
    func namedShapesAgree(_ text: String) throws {
        let bytes = Array(text.utf8)
        #expect(try #require(ScalarAnalysis.printableASCIIFindings(bytes)) == ScalarAnalysis.findings(bytes))
    }

    @Test(arguments: ["tab\there", "caf\u{E9}", "cr\r\nlf", "nul\u{0}", "del\u{7F}"])
    func otherBytesTakeTheGeneralScan(_ text: String) {
        #expect(ScalarAnalysis.printableASCIIFindings(Array(text.utf8)) == nil)
    }
}
