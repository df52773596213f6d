// swift-tools-version:6.1
// Benchmarks against apple/swift-openapi-generator, the peer. Kept out of the main package so the
// client and generator never depend on the peer. Run with `make bench` from the repository root.
import PackageDescription

let package = Package(
    name: "Benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "main", path: ".."),
        .package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.1.0"),
    ],
    targets: [
        // The peer's client for the same (overlaid) xAI document, generated at build time by its plugin.
        .target(
            name: "PeerClient",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        // Copies of each generator's xAI client (written by `make bench`), rebuilt alone to time compilation.
        .target(name: "OursCompiled", dependencies: [.product(name: "GeneratedClientRuntime", package: "main")]),
        .target(name: "PeerCompiled", dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")]),
        .executableTarget(
            name: "Bench",
            dependencies: [
                "PeerClient",
                .product(name: "XAI", package: "main"),
                .product(name: "GeneratedClientRuntime", package: "main"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
            ]
        ),
    ]
)
