// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "xai-swift",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        .library(name: "XAI", targets: ["XAI"]),
        .library(name: "GeneratedClientRuntime", targets: ["GeneratedClientRuntime"]),
        // For test targets only: the xAI client answered by a mock, and the mock's runtime for any client.
        .library(name: "XAITesting", targets: ["XAITesting"]),
        .library(name: "GeneratedClientTesting", targets: ["GeneratedClientTesting"]),
        .executable(name: "generator", targets: ["Generator"]),
        .executable(name: "xai-example", targets: ["XAIExample"]),
        // For other teams' specs: regenerate committed code, or generate on every build.
        .plugin(name: "GenerateClient", targets: ["GenerateClient"]),
        .plugin(name: "GenerateClientOnBuild", targets: ["GenerateClientOnBuild"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        // `swift package generate-documentation --target XAI` (run by `make docs`).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // libyaml from the system (Debian: libyaml-dev); only the generator's loader uses it.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The generator, one module per stage, joined by values (docs/pipeline.md). A stage sees only
        // what the stages before it declare `package`: the model's builders stay internal to
        // ClientModel, so rendering cannot make a modelling decision of its own.
        // Load, Overlay, Resolve: the document as typed values, with diagnostics and JSON pointers.
        .target(name: "OpenAPIReading", dependencies: ["CLibYAML"], path: "Sources/Generator/OpenAPIReading"),
        // Model: what Swift declaration each schema and operation becomes; names are only hints.
        .target(name: "ClientModel", dependencies: ["OpenAPIReading"], path: "Sources/Generator/ClientModel"),
        // Name and plan: every Swift name, decided once and clash-checked, then every file, declaration
        // and view the templates copy; the settings.
        .target(name: "ClientPlan", dependencies: ["OpenAPIReading", "ClientModel"], path: "Sources/Generator/ClientPlan"),
        // Render and write: the plan through the templates. It cannot see the model, so it cannot decide.
        .target(
            name: "SwiftRendering",
            dependencies: ["OpenAPIReading", "ClientPlan", .product(name: "Mustache", package: "swift-mustache")],
            path: "Sources/Generator/SwiftRendering"
        ),
        // `generator diff`: what changed in the API between two documents, read by OpenAPIReading alone.
        .target(name: "SpecDiff", dependencies: ["OpenAPIReading"], path: "Sources/Generator/SpecDiff"),
        // The command line, the pipeline that wires the stages, and the fuzz entry.
        .executableTarget(
            name: "Generator",
            dependencies: [
                "OpenAPIReading", "ClientModel", "ClientPlan", "SwiftRendering", "SpecDiff",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/Generator/CLI"
        ),
        // Hand-written support that every generated client needs: transport, errors, retries, streaming, JSON.
        .target(
            name: "GeneratedClientRuntime",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(
                    name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client",
                    condition: .when(platforms: [.linux, .android, .windows])
                ),
                // The default on Apple platforms; on Linux `APIClientConfiguration.urlSessionTransport`, tested there.
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
            ]
        ),
        // What every generated test kit builds on: a transport answering by operation, recording
        // requests, and the client's faults. Only test targets depend on it.
        .target(
            name: "GeneratedClientTesting",
            dependencies: [
                "GeneratedClientRuntime",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // The xAI client: generated from Spec/ by `make generate` (never edited by hand), beside the
        // hand-written Conveniences/ and the DocC catalog. `import XAI` is all a user writes.
        .target(name: "XAI", dependencies: ["GeneratedClientRuntime"], path: "Sources/GeneratedClient", exclude: ["Conveniences/README.md"]),
        // `XAIClient.Mock`: the xAI client's test kit, generated from Spec/ by `make generate`.
        .target(name: "XAITesting", dependencies: ["XAI", "GeneratedClientTesting"], path: "Sources/XAITesting"),
        // A command-line program on the client; its commands run against the local server in the tests.
        .executableTarget(
            name: "XAIExample",
            dependencies: ["XAI", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Examples/XAIExample"
        ),
        // README.md's and the DocC article's Swift blocks as one program, extracted by
        // scripts/readme-snippets.py and run by ReadmeSnippetTests against the local server.
        .executableTarget(name: "ReadmeSnippets", dependencies: ["XAI"], path: "Tests/ReadmeSnippets"),
        // `swift package --allow-writing-to-package-directory generate-client [--target T]`: writes the
        // client of each target holding an openapi.{yaml,yml,json} into that target's folder.
        .plugin(
            name: "GenerateClient",
            capability: .command(
                intent: .custom(verb: "generate-client", description: "Regenerate the client of each target that holds an openapi.yaml, openapi.yml or openapi.json"),
                permissions: [.writeToPackageDirectory(reason: "writes the generated client into the target's folder")]
            ),
            dependencies: ["Generator"]
        ),
        // Generates a target's client on every build, into the plugin's work directory.
        .plugin(name: "GenerateClientOnBuild", capability: .buildTool(), dependencies: ["Generator"]),
        // Peak memory of decoding one body, in a process of its own (DecodingMemoryTests, docs/decoding-performance.md).
        .executableTarget(name: "DecodeMemoryProbe", dependencies: ["GeneratedClientRuntime"]),
        // `make fuzz` runs this under libFuzzer on what servers send (events, error bodies, headers).
        .executableTarget(name: "GeneratedClientRuntimeFuzz", dependencies: ["GeneratedClientRuntime"]),
        .testTarget(name: "GeneratedClientRuntimeTests", dependencies: ["GeneratedClientRuntime"], exclude: ["FuzzRegressions"]),
        .testTarget(name: "GeneratorTests", dependencies: ["Generator", "OpenAPIReading", "ClientModel", "ClientPlan", "SwiftRendering", "SpecDiff", "GeneratedClientRuntime"], exclude: ["Snippets", "DiffFixtures", "FuzzRegressions", "MultiFile"]),
        .testTarget(
            name: "GeneratedClientTests",
            dependencies: ["XAI", "XAITesting", "GeneratedClientRuntime", .product(name: "Logging", package: "swift-log"), .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            exclude: ["known-example-failures.json"]
        ),
    ]
)
