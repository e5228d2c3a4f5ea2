import Testing
import YAML
@testable import Kustomize

/// The name-suffix hash must equal kustomize's; expected suffixes recorded from
/// `kubectl kustomize` (kustomize v5.7.1) for the same generator input.
struct ContentHasherTests {
    static let cases: [(String, Node, String)] = [
        ("configmap with one literal",
         obj(["apiVersion": "v1", "kind": "ConfigMap", "metadata": obj(["name": "foo"]), "data": obj(["a": "b"])]),
         "4h2mbtbbt6"),
        ("configmap without data",
         obj(["apiVersion": "v1", "kind": "ConfigMap", "metadata": obj(["name": "empty"])]),
         "6ct58987ht"),
        ("configmap whose value needs HTML escaping",
         obj(["apiVersion": "v1", "kind": "ConfigMap", "metadata": obj(["name": "html"]),
              "data": obj(["k": "<a & b>", "multi": "line1"])]),
         "d5c5kmt2fh"),
        ("opaque secret",
         obj(["apiVersion": "v1", "kind": "Secret", "metadata": obj(["name": "sec"]), "type": "Opaque",
              "data": obj(["password": "czNjcjN0"])]),
         "25k92892fb"),
        ("typed secret",
         obj(["apiVersion": "v1", "kind": "Secret", "metadata": obj(["name": "tls"]), "type": "kubernetes.io/tls",
              "data": obj(["tls.crt": "Q0VSVA=="])]),
         "hhf5khck9k"),
    ]

    @Test(arguments: cases)
    func hashMatchesKustomize(_ name: String, _ object: Node, _ expected: String) {
        #expect(ContentHasher.hash(object) == expected, "\(name)")
    }

    @Test func nameDoesNotChangeTheHash() {
        // kustomize looks the name up under the literal key "metadata/name", which is never there.
        let a = obj(["kind": "ConfigMap", "metadata": obj(["name": "one"]), "data": obj(["a": "b"])])
        let b = obj(["kind": "ConfigMap", "metadata": obj(["name": "two"]), "data": obj(["a": "b"])])
        #expect(ContentHasher.hash(a) == ContentHasher.hash(b))
    }

    @Test func encodingSwapsLookAlikes() {
        #expect(ContentHasher.encode(hex: "0123456789abcdef") == "gh2k456789")
        #expect(ContentHasher.encode(hex: "eeeeeeeeeeee") == "tttttttttt")
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256KnownVectors(_ input: String, _ hex: String) {
        #expect(ContentHasher.sha256Hex(Array(input.utf8)) == hex)
    }

    @Test(arguments: [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")])
    func base64(_ input: String, _ expected: String) {
        #expect(Base64.encode(Array(input.utf8)) == expected)
    }

    @Test func base64WrapsLongValuesAtSeventyColumns() {
        let wrapped = Base64.encodeWrapped(Array(String(repeating: "x", count: 60).utf8))
        let lines = wrapped.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines[0].count == 70)
        #expect(lines[2].isEmpty)
    }
}
