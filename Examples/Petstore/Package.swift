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
        // The test kit (`PetstoreClient.Mock`), written by the same command as `Petstore`: the plugin
        // fills a target named `<Target>Testing`. For test targets only.
        .target(
            name: "PetstoreTesting",
            dependencies: ["Petstore", .product(name: "GeneratedClientTesting", package: "xai-swift")]
        ),
        .executableTarget(name: "PetstoreDemo", dependencies: ["Petstore", "PetstoreOnBuild"]),
        // The team's own code that calls the client, and its unit test on the test kit.
        .target(name: "PetShop", dependencies: ["Petstore"]),
        .testTarget(name: "PetShopTests", dependencies: ["PetShop", "PetstoreTesting"]),
    ]
)
