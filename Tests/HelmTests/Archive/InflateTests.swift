import Foundation
@testable import Helm
import Testing

@Suite struct InflateTests {
    /// `tar czf` of a three-file chart named `mini`.
    static let miniChart = "H4sIAAAAAAAAA+3WsW6DMBAGYGae4p6AYoNB8po5a3arcYlVbBA4SFWUdw8QZaFqUQdTpf2/xRYgcdLPnbHGmZcorHRUCjGvo+U675nIUpYWjLEsGjd5WUYkAtc1O/dedURR1zT+u+fW7j8pO+W/O6nOJx/K1kHeMQVc5PnX+Qu2yJ/nPI0oDVLNwj/PX7XmoLveNE7SwGOnrJY0fRTx8LjMEp5k8W8XCkHM/e+1bWvldR/mJPj5/Od5KTD/t7DI/9UGOAZW53/BF/lnpSgw/7fwbtxR0q5xb6baqzY+Kq9kTFRJulwoOaj6rPuk6rT2xlV0veIg+FPm/h/uKYf6AVztf/5p/heCo/+38OhsSSdd1w26GwAAAAAAAAAAAAAA4MndAHCNKpsAKAAA"

    /// Raw DEFLATE (zlib level 9) of "hello hello hello world " × 20 followed by bytes 0...255.
    static let rawDeflate = "y0jNyclXyEAiy/OLclJQREbFh644AyMTMwsrGzsHJxc3Dy8fv4CgkLCIqJi4hKSUtIysnLyCopKyiqqauoamlraOrp6+gaGRsYmpmbmFpZW1ja2dvYOjk7OLq5u7h6eXt4+vn39AYFBwSGhYeERkVHRMbFx8QmJSckpqWnpGZlZ2Tm5efkFhUXFJaVl5RWVVdU1tXX1DY1NzS2tbe0dnV3dPb1//hImTJk+ZOm36jJmzZs+ZO2/+goWLFi9Zumz5ipWrVq9Zu279ho2bNm/Zum37jp27du/Zu2//gYOHDh85euz4iZOnTp85e+78hYuXLl+5eu36jZu3bt+5e+/+g4ePHj95+uz5i5evXr95++79h4+fPn/5+u37j5+/fv/5++8/AA=="

    @Test func inflatesRawDeflate() throws {
        let data = [UInt8](Data(base64Encoded: Self.rawDeflate) ?? Data())
        var reader = BitReader(data: data, position: 0)
        var out: [UInt8] = []
        try Inflate.inflate(&reader, into: &out, limit: 1 << 20)
        let expected = Array(String(repeating: "hello hello hello world ", count: 20).utf8) + (0...255).map(UInt8.init)
        #expect(out == expected)
    }

    @Test func loadsAChartArchive() throws {
        let data = [UInt8](Data(base64Encoded: Self.miniChart) ?? Data())
        let chart = try ChartLoader.loadArchive(data, path: "mini.tgz")
        #expect(chart.name == "mini")
        #expect(chart.metadata.version == "1.2.3")
        #expect(chart.values == ["greeting": "hello"])
        #expect(chart.templates.map(\.name) == ["templates/cm.yaml"])
    }

    @Test func outputIsBounded() {
        let data = [UInt8](Data(base64Encoded: Self.miniChart) ?? Data())
        #expect(throws: InflateError.self) { try Inflate.gunzip(data, limit: 100) }
    }

    @Test func garbageIsAnErrorNotACrash() {
        #expect(throws: InflateError.self) { try Inflate.gunzip([0x1f, 0x8b, 8, 0] + [UInt8](repeating: 0xff, count: 40)) }
        #expect(throws: InflateError.self) { try Inflate.gunzip([1, 2, 3]) }
    }
}
