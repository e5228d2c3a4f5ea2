import Testing
import YAML
@testable import Kustomize

struct ImageTagFilterTests {
    @Test(arguments: [
        ("nginx", "nginx", "", ""),
        ("nginx:1.2", "nginx", "1.2", ""),
        ("nginx@sha256:abc", "nginx", "", "sha256:abc"),
        ("nginx:1.2@sha256:abc", "nginx", "1.2", "sha256:abc"),
        ("localhost:5000/app:v1", "localhost:5000/app", "v1", ""),
        ("registry1.dso.mil/ironbank/big-bang/base:2.1.0", "registry1.dso.mil/ironbank/big-bang/base", "2.1.0", ""),
    ])
    func split(_ ref: String, _ name: String, _ tag: String, _ digest: String) {
        let (n, t, d) = ImageTagFilter.split(ref)
        #expect(n == name && t == tag && d == digest)
    }

    @Test(arguments: [
        // name, newName, newTag, digest, input, expected
        ("nginx", nil, "1.25", nil, "nginx:1.0", "nginx:1.25"),
        ("nginx", "my.registry/nginx", nil, nil, "nginx:1.0", "my.registry/nginx:1.0"),
        ("nginx", nil, nil, "sha256:123", "nginx:1.0", "nginx@sha256:123"),
        ("nginx", nil, "2", nil, "nginx-proxy:1.0", "nginx-proxy:1.0"),
    ] as [(String, String?, String?, String?, String, String)])
    func update(_ name: String, _ newName: String?, _ newTag: String?, _ digest: String?, _ input: String, _ expected: String) throws {
        var args = Kustomization.ImageArgs()
        args.name = name
        args.newName = newName
        args.newTag = newTag
        args.digest = digest
        var n = Node.scalar(input)
        try ImageTagFilter(image: args).update(&n)
        #expect(n.value == expected)
    }
}
