@testable import GoTemplate
import Testing

/// Go's `newNumber` readings of literals, including the shapes the decimal fast path leaves
/// to the general parse (leading zeros are octal, 19 digits may overflow).
@Suite struct NumberLiteralTests {
    @Test(arguments: [
        ("0", Int64(0)), ("7", 7), ("63", 63), ("999999999999999999", 999_999_999_999_999_999),
        ("9223372036854775807", Int64.max), ("010", 8), ("0x1F", 31), ("1_000", 1000), ("1e3", 1000),
    ])
    func integers(text: String, value: Int64) throws {
        let n = try #require(NumberLiteral(parsing: text, isChar: false))
        #expect(n.isInt && n.int64 == value)
        #expect(n.isFloat && n.float64 == Double(value))
        #expect(n.isUint == (value >= 0))
    }

    @Test func overflowAndFloats() throws {
        let big = try #require(NumberLiteral(parsing: "18446744073709551615", isChar: false))
        #expect(!big.isInt && big.isUint && big.uint64 == UInt64.max)
        let half = try #require(NumberLiteral(parsing: "0.5", isChar: false))
        #expect(!half.isInt && half.isFloat && half.float64 == 0.5)
        #expect(NumberLiteral(parsing: "08", isChar: false) == nil)
        #expect(NumberLiteral(parsing: "1i", isChar: false) == nil)
    }
}
