// swift-tools-version:6.1
// A package of its own, as another team would write it: a client generated from its own spec by
// the generator's SwiftPM plugins, depending on this repository by path.
import PackageDescription

let package = Package(
    name: "Petstore",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "xai-swift", path: "../.."),
    ],
    targets: [
        // Committed code: `swift package --allow-writing-to-package-directory generate-client --target Petstore`.
        .target(
            name: "Petstore",
            dependencies: [.product(name: "GeneratedClientRuntime", package: "xai-swift")],
            exclude: ["openapi.yaml", "generator.yaml"]
        ),
        // Generated on every build into the plugin's work directory, never committed.
        .target(
            name: "PetstoreOnBuild",
            dependencies: [.product(name: "GeneratedClientRuntime", package: "xai-swift")],
            exclude: ["openapi.yaml"],
            plugins: [.plugin(name: "GenerateClientOnBuild", package: "xai-swift")]
        ),
        .executableTarget(name: "PetstoreDemo", dependencies: ["Petstore", "PetstoreOnBuild"]),
    ]
)
