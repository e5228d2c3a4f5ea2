@testable import Flux
import Testing
import YAML

/// The MAC input format must match Go's formatting exactly.
struct SOPSScalarBytesTests {
    @Test(arguments: [
        (1.5, "1.5"), (1.0, "1"), (1e21, "1000000000000000000000"), (1.25e-7, "0.000000125"),
        (-3.0e-5, "-0.00003"), (123456.789, "123456.789"),
    ])
    func floatsFormatLikeGo(value: Double, text: String) {
        #expect(SOPSScalarBytes.formatFloat(value) == text)
    }

    @Test(arguments: [("42", 42), ("0x1F", 31), ("-0o17", -15), ("1_000", 1000), ("abc", nil)] as [(String, Int?)])
    func integersParseAsYAML(text: String, value: Int?) {
        #expect(SOPSScalarBytes.parseInt(text) == value)
    }

    @Test(arguments: [("", [UInt8]()), ("Zg", [0x66]), ("Zm8=", [0x66, 0x6f]), ("Zm9v", [0x66, 0x6f, 0x6f])])
    func base64AcceptsPaddedAndUnpadded(text: String, bytes: [UInt8]) {
        #expect(Base64Bytes.decode(text.utf8) == bytes)
    }

    @Test(arguments: ["Z", "Zm8==", "Z===", "Zm$v", "Zm 9v"])
    func base64RejectsMalformed(text: String) {
        #expect(Base64Bytes.decode(text.utf8) == nil)
    }

    /// yaml.v3 gives SOPS a `time.Time` for a plain timestamp; it hashes and encrypts its
    /// `MarshalText` (RFC 3339 with nanoseconds) and tags the value `type:time`.
    @Test(arguments: [
        ("2024-01-02", "2024-01-02T00:00:00Z"), ("2001-12-14t21:59:43.10-05:00", "2001-12-14T21:59:43.1-05:00"),
        ("2001-12-14 21:59:43.10", "2001-12-14T21:59:43.1Z"),
    ])
    func timestampsHashAsGoMarshalsThem(text: String, bytes: String) {
        let node = Node.scalar(text, tag: "!!timestamp")
        #expect(SOPSScalarBytes.macBytes(of: node) == Array(bytes.utf8))
        #expect(SOPSEncryptWalker.typed(node).0 == .time)
        #expect(SOPSScalarBytes.restore(bytes, kind: .time, like: node)?.macText == bytes)
        #expect(SOPSScalarBytes.restore("not a date", kind: .time, like: node) == nil)
    }
}
