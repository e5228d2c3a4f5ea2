import Testing
import Diagnostics
@testable import Kustomize

/// Bad input must come back as an error (with a location when one exists), never a trap.
struct RobustnessTests {
    static let kustomizations: [String] = [
        "",
        "---\n",
        "[1, 2]\n",
        "resources:\n- \n",
        "resources: {a: b}\n",
        "namePrefix: [x]\n",
        "commonLabels:\n  a: true\n",
        "configMapGenerator:\n- literals: [a=b]\n",
        "configMapGenerator:\n- name: x\n  literals: ['=b']\n",
        "configMapGenerator:\n- name: x\n  files: [a=b=c]\n",
        "configMapGenerator:\n- name: x\n  envs: [missing.env]\n",
        "secretGenerator:\n- name: x\n  literals: [novalue]\n",
        "replicas:\n- name: web\n  count: lots\n",
        "replicas:\n- name: nothing-matches\n  count: 2\n",
        "sortOptions:\n  order: random\n",
        "sortOptions:\n  order: fifo\n  legacySortOptions: {}\n",
        "vars:\n- name: X\n  objref: {kind: Service, name: nope, apiVersion: v1}\n",
        "patches:\n- target: {kind: Deployment}\n",
        "patches:\n- path: p.yaml\n  patch: |\n    x: y\n",
        "patchesStrategicMerge:\n- missing.yaml\n",
        "transformers:\n- |\n  apiVersion: example.com/v1\n  kind: Exec\n  metadata:\n    name: x\n",
        "transformers:\n- |\n  apiVersion: builtin\n  kind: SortOrderTransformer\n  metadata:\n    name: x\n",
        "components:\n- missing\n",
        "resources:\n- /etc/passwd\n",
        "crds:\n- missing.json\n",
        "configurations:\n- missing.yaml\n",
        "openapi:\n  version: v0.0.1\n",
        "kind: Nonsense\n",
        "apiVersion: v9\nkind: Kustomization\nnamePrefix: a\n",
        "resources:\n- bad.yaml\n",
        "resources:\n- list.yaml\n",
        "resources:\n- nokind.yaml\n",
    ]

    @Test(arguments: kustomizations)
    func badKustomizationIsAnError(_ text: String) {
        let h = Harness()
        h.write("/app/kustomization.yaml", text)
        h.write("/app/bad.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n")
        h.write("/app/list.yaml", "apiVersion: v1\nkind: List\nitems: 3\n")
        h.write("/app/nokind.yaml", "apiVersion: v1\nmetadata:\n  name: x\n")
        #expect(h.error() != nil, "\(text)")
    }

    @Test func deepNestingIsBounded() {
        let h = Harness()
        var dir = "/app"
        for i in 0..<150 {
            h.write(dir + "/kustomization.yaml", "resources:\n- d\(i)\n")
            dir += "/d\(i)"
        }
        h.write(dir + "/kustomization.yaml", "namePrefix: x-\n")
        #expect(h.error()?.message.contains("nesting deeper") == true)
    }
}
