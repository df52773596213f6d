// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "xai-swift",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        .library(name: "GeneratedClient", targets: ["GeneratedClient"]),
        .library(name: "ClientRuntime", targets: ["ClientRuntime"]),
        .executable(name: "generator", targets: ["Generator"]),
        .executable(name: "xai-example", targets: ["XAIExample"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        // `swift package generate-documentation --target GeneratedClient` (run by `make docs`).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // libyaml from the system (Debian: libyaml-dev); only the generator's loader uses it.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .executableTarget(
            name: "Generator",
            dependencies: [
                "CLibYAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // Hand-written support that every generated client needs: transport, errors, retries, streaming, JSON.
        .target(
            name: "ClientRuntime",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(
                    name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client",
                    condition: .when(platforms: [.linux, .android, .windows])
                ),
                .product(
                    name: "OpenAPIURLSession", package: "swift-openapi-urlsession",
                    condition: .when(platforms: [.macOS, .iOS, .tvOS, .watchOS, .visionOS])
                ),
            ]
        ),
        // Generated from Spec/ by `make generate`; never edited by hand.
        .target(name: "GeneratedClient", dependencies: ["ClientRuntime"]),
        // A command-line program on the client; its commands run against the local server in the tests.
        .executableTarget(
            name: "XAIExample",
            dependencies: ["GeneratedClient", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Examples/XAIExample"
        ),
        // README.md's and the DocC article's Swift blocks as one program, extracted by
        // scripts/readme-snippets.py and run by ReadmeSnippetTests against the local server.
        .executableTarget(name: "ReadmeSnippets", dependencies: ["GeneratedClient"], path: "Tests/ReadmeSnippets"),
        // `make fuzz` runs this under libFuzzer on what servers send (events, error bodies, headers).
        .executableTarget(name: "ClientRuntimeFuzz", dependencies: ["ClientRuntime"]),
        .testTarget(name: "ClientRuntimeTests", dependencies: ["ClientRuntime"], exclude: ["FuzzRegressions"]),
        .testTarget(name: "GeneratorTests", dependencies: ["Generator"], exclude: ["Snippets", "DiffFixtures", "FuzzRegressions"]),
        .testTarget(
            name: "GeneratedClientTests",
            dependencies: ["GeneratedClient", "ClientRuntime", .product(name: "Logging", package: "swift-log")],
            exclude: ["known-example-failures.json"]
        ),
    ]
)
