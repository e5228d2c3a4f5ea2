// swift-tools-version:6.0
import PackageDescription

// Layered modules: each depends only on those listed below it in ../DESIGN.md.

// Release builds of the engines drop the run-time exclusivity checks on class properties
// (a few percent of template execution); debug builds and tests keep them.
let engineSettings: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "bbctl",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bbctl", targets: ["bbctl"]),
        .library(name: "BigBang", targets: ["BigBang"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // base
        .target(name: "Diagnostics"),
        .target(name: "FileSystem", dependencies: ["Diagnostics"]),
        // C
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // libgit2's headers (libgit2-dev, see scripts/install-deps.sh), the library itself loaded
        // with dlopen on first use: see Sources/CGit2/LibGit2Loader.c.
        .target(name: "CGit2", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        // data
        .target(name: "YAML", dependencies: ["CYAML", "Diagnostics"], swiftSettings: engineSettings),
        // engines
        .target(name: "Git", dependencies: ["CGit2", "Diagnostics", "FileSystem"]),
        .target(name: "GoTemplate", dependencies: [
            "YAML", "Diagnostics",
            .product(name: "Crypto", package: "swift-crypto"),
        ], swiftSettings: engineSettings),
        .target(name: "Helm", dependencies: ["GoTemplate", "YAML", "FileSystem", "Diagnostics"], swiftSettings: engineSettings),
        .target(name: "Kustomize", dependencies: [
            "YAML", "FileSystem", "Diagnostics",
            .product(name: "Crypto", package: "swift-crypto"),
        ], swiftSettings: engineSettings),
        // domain
        .target(name: "Flux", dependencies: [
            "Helm", "Kustomize", "Git", "YAML",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // templates/ compiled in by the EmbedTemplates plugin (bbctl init needs no files at run
        // time). Sources/ScaffoldTemplates/templates is a symlink to it, excluded from sources,
        // so that adding or removing a template changes the target's tracked directory
        // structure and SwiftPM re-plans the build (it re-runs the plugin on every edit).
        .executableTarget(name: "EmbedTemplatesTool"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["EmbedTemplatesTool"]),
        .target(name: "ScaffoldTemplates", exclude: ["templates"], plugins: ["EmbedTemplates"]),
        .target(name: "BigBang", dependencies: ["Flux", "Git", "GoTemplate", "Helm", "Kustomize", "YAML", "ScaffoldTemplates"]),
        // CLI
        // Release: a position-dependent executable, as Go links its own. A PIE's ~110k
        // relative relocations dirty every page of its data segment at start-up (~2 MB of
        // resident memory in every command, and start-up time).
        .executableTarget(name: "bbctl", dependencies: [
            "BigBang",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie"], .when(platforms: [.linux], configuration: .release))]),

        .target(name: "_TestSupport", dependencies: ["Flux", "YAML"], path: "Tests/_TestSupport"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "FileSystemTests", dependencies: ["FileSystem"]),
        .testTarget(name: "YAMLTests", dependencies: ["_TestSupport", "YAML"]),
        .testTarget(name: "GitTests", dependencies: ["Git", "FileSystem"]),
        .testTarget(name: "GoTemplateTests", dependencies: ["_TestSupport", "GoTemplate", "YAML"]),
        .testTarget(name: "HelmTests", dependencies: ["_TestSupport", "Helm", "FileSystem"]),
        .testTarget(name: "KustomizeTests", dependencies: ["_TestSupport", "Kustomize", "FileSystem", "YAML"]),
        .testTarget(name: "FluxTests", dependencies: ["_TestSupport", "Flux"]),
        .testTarget(name: "BigBangTests", dependencies: ["_TestSupport", "BigBang", "Flux", "Helm", "Kustomize", "FileSystem", "Git"], exclude: ["Goldens"]),
        .testTarget(name: "bbctlTests", dependencies: ["bbctl"]),
    ],
    swiftLanguageModes: [.v5]
)
