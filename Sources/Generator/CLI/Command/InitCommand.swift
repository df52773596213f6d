import ArgumentParser
import ClientModel
import ClientPlan
import Foundation
import OpenAPIReading
import SpecDiff
import SwiftRendering

/// `generator init --spec openapi.yaml --name Petstore`: a new Swift package with the client of
/// your spec, ready to `swift build`. Its target holds the spec and `generator.yaml`, so the
/// `generate-client` command plugin regenerates it in place when the spec changes.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a Swift package holding a client generated from your OpenAPI document."
    )

    @Option(help: "Your OpenAPI document (JSON or YAML).")
    var spec: String

    @Option(help: "The module's name, such as Petstore; the client type is <name>Client.")
    var name: String

    @Option(help: "Folder for the new package; by default a folder named after the module.")
    var into: String?

    @Option(help: "Where the package finds the generator's runtime: a git URL, or a local path of its repository. By default the repository this generator was built from, when it is still there.")
    var runtime: String?

    func validate() throws {
        guard SwiftIdentifier.isPlainIdentifier(name) else {
            throw ValidationError("'\(name)' is not a Swift module name (letters, digits and _, not starting with a digit)")
        }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: into ?? name)
        let fileManager = FileManager.default
        if let existing = try? fileManager.contentsOfDirectory(atPath: folder.path), !existing.isEmpty {
            throw ValidationError("\(folder.path) exists and is not empty; choose another folder with --into")
        }
        guard let runtime = runtime ?? Self.sourceCheckout else {
            throw ValidationError("say where the runtime is: --runtime https://github.com/OWNER/REPO (or a local path of the repository)")
        }
        let sources = folder.appendingPathComponent("Sources/\(name)")
        try fileManager.createDirectory(at: sources, withIntermediateDirectories: true)
        let specName = try copySpec(into: sources)
        try "# Settings for the generate-client plugin and for `generator generate --config`.\nclientName: \(name)Client\nmoduleName: \(name)\n"
            .write(to: sources.appendingPathComponent("generator.yaml"), atomically: true, encoding: .utf8)
        try Self.manifest(name: name, runtime: runtime, specName: specName)
            .write(to: folder.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)

        let generate = try Generate.parse(["--spec", sources.appendingPathComponent(specName).path,
                                           "--config", sources.appendingPathComponent("generator.yaml").path,
                                           "--output", sources.path])
        try generate.run()
        print("""
            Created \(folder.path): the \(name) module with \(name)Client.
              cd \(folder.path) && swift build
            When the spec changes, replace Sources/\(name)/\(specName) and run
              swift package --allow-writing-to-package-directory generate-client
            """)
    }

    /// Copies the spec into the module as `openapi.yaml` (or `.json`). A document split over files
    /// brings its tree, each file at its place relative to the root; a tree that reaches outside the
    /// root's folder is written as the one bundled document instead. Returns the spec's file name.
    private func copySpec(into sources: URL) throws -> String {
        let diagnostics = Diagnostics()
        let root = URL(fileURLWithPath: spec).standardizedFileURL
        let files: [String]
        do {
            files = try DocumentBundler.files(of: root.path, diagnostics: diagnostics)
        } catch {
            throw ValidationError(diagnostics.format(error))
        }
        let folder = root.deletingLastPathComponent().path + "/"
        let others = files.dropFirst()
        if others.allSatisfy({ $0.hasPrefix(folder) }) {
            let specName = "openapi." + (root.pathExtension == "json" ? "json" : "yaml")
            try FileManager.default.copyItem(at: root, to: sources.appendingPathComponent(specName))
            for file in others {
                let destination = sources.appendingPathComponent(String(file.dropFirst(folder.count)))
                try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: file, toPath: destination.path)
            }
            return specName
        }
        do {
            let document = try Pipeline(diagnostics: diagnostics).loadDocument(spec: root.path, overlay: nil)
            try Data((JSONText.compact(document) + "\n").utf8).write(to: sources.appendingPathComponent("openapi.json"))
        } catch let diagnostic as Diagnostic {
            throw ValidationError(diagnostics.format(diagnostic))
        }
        print("note: the spec refers to files outside its folder, so the module holds it as one bundled document, openapi.json")
        return "openapi.json"
    }

    /// The repository this binary was built from, while it still exists (a local checkout): the
    /// nearest folder above this source file that holds the runtime's sources.
    static var sourceCheckout: String? {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Sources/GeneratedClientRuntime").path) { return folder.path }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    static func manifest(name: String, runtime: String, specName: String) -> String {
        let isRemote = runtime.contains("://") || runtime.hasPrefix("git@")
        let identity = URL(fileURLWithPath: runtime).lastPathComponent.replacingOccurrences(of: ".git", with: "").lowercased()
        let dependency = isRemote ? ".package(url: \"\(runtime)\", branch: \"main\")" : ".package(path: \"\(runtime)\")"
        return """
            // swift-tools-version:6.1
            // Made by `generator init`. The client in Sources/\(name) is generated from openapi; regenerate it
            // with `swift package --allow-writing-to-package-directory generate-client`.
            import PackageDescription

            let package = Package(
                name: "\(name)",
                platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
                products: [.library(name: "\(name)", targets: ["\(name)"])],
                dependencies: [
                    \(dependency),
                ],
                targets: [
                    .target(
                        name: "\(name)",
                        dependencies: [.product(name: "GeneratedClientRuntime", package: "\(identity)")],
                        exclude: ["\(specName)", "generator.yaml"]
                    ),
                ]
            )

            """
    }
}
