import Foundation
import Testing

/// Malformed and hostile documents, run through the real command line: each gives
/// `file:line: error: message [#/pointer]`, a non-zero exit, and writes nothing.
@Suite struct BadInputTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var file: String
        var contents: String
        var overlay: String?
        /// The diagnostic must contain this.
        var message: String
        var description: String { name }
    }

    static let header = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"

    static let cases: [Case] = [
        Case(name: "truncated JSON", file: "spec.json", contents: #"{"openapi": "3.1.0", "paths": {"/a": {"get": "#,
             message: "spec.json:1: error: invalid JSON: unexpected end of input [#/paths/~1a/get]"),
        Case(name: "invalid YAML", file: "spec.yaml", contents: header + "paths:\n  /a:\n    get: [unclosed\n",
             message: "spec.yaml:6: error: invalid YAML:"),
        Case(name: "wrong OpenAPI version", file: "spec.yaml", contents: "openapi: 4.0.0\ninfo: {title: t, version: '1'}\n",
             message: "spec.yaml:1: error: unsupported OpenAPI version '4.0.0'; expected 3.0.x or 3.1.x [#/openapi]"),
        Case(name: "dangling $ref", file: "spec.yaml",
             contents: header + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        b: {$ref: '#/components/schemas/Nope'}\n",
             message: "spec.yaml:9: error: $ref '#/components/schemas/Nope' points at nothing [#/components/schemas/A/properties/b/$ref]"),
        Case(name: "$ref cycle that cannot be represented", file: "spec.yaml",
             contents: header + "paths: {}\ncomponents:\n  schemas:\n    A: {allOf: [{$ref: '#/components/schemas/B'}]}\n    B: {allOf: [{$ref: '#/components/schemas/A'}], properties: {x: {type: string}}}\n",
             message: "error: allOf includes itself; the merged type would be infinite [#/components/schemas/"),
        Case(name: "an operation that is not an object", file: "spec.yaml",
             contents: header + "paths:\n  /a:\n    get: 42\n",
             message: "spec.yaml:5: error: an operation must be an object, found number [#/paths/~1a/get]"),
        Case(name: "a $ref to another file that does not exist", file: "spec.yaml",
             contents: header + "paths:\n  /a:\n    $ref: paths/a.yaml\n",
             message: "error: $ref 'paths/a.yaml' names '"),
        Case(name: "overlay target matches nothing", file: "spec.yaml", contents: header + "paths: {}\n",
             overlay: "overlay: 1.0.0\ninfo: {title: o, version: '1'}\nactions:\n  - target: $.paths['/missing']\n    update: {x: 1}\n",
             message: "overlay.yaml:4: error: overlay target '$.paths['/missing']' matches nothing [#/actions/0/target]"),
        Case(name: "nesting past the depth limit", file: "spec.json",
             contents: String(repeating: #"{"a":"#, count: 600) + "1" + String(repeating: "}", count: 600),
             message: "spec.json:1: error: invalid JSON: nesting deeper than 512 levels [#/a/a/a/a"),
        Case(name: "not a document", file: "spec.yaml", contents: "- just\n- a list\n",
             message: "spec.yaml:1: error: an OpenAPI document must be an object [#]"),
    ]

    static func run(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestPaths.root + "/.build/debug/generator")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: cases)
    func failsCleanly(_ input: Case) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bad-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent(input.file)
        try input.contents.write(to: spec, atomically: true, encoding: .utf8)
        var arguments = ["generate", "--spec", spec.path, "--output", folder.appendingPathComponent("out").path, "--templates", TestPaths.templates]
        if let overlay = input.overlay {
            let path = folder.appendingPathComponent("overlay.yaml")
            try overlay.write(to: path, atomically: true, encoding: .utf8)
            arguments += ["--overlay", path.path]
        }
        let result = try Self.run(arguments)
        #expect(result.status != 0)
        let line = result.errors.split(separator: "\n").first { $0.contains(": error: ") }.map(String.init) ?? ""
        #expect(line.contains(input.message), "\(input.name): \(result.errors)")
        #expect(line.range(of: #"^/.+:\d+: error: .+ \[#[^\]]*\]$"#, options: .regularExpression) != nil, "\(line)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path), "nothing may be written")
    }

    @Test func aTenMegabyteStringAndAHundredLevelsOfNestingGenerate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("big-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var schema = #"{"type": "string"}"#
        for level in 0..<100 { schema = #"{"type": "object", "properties": {"level\#(level)": \#(schema)}}"# }
        let description = String(repeating: "x", count: 10 << 20)
        let spec = #"{"openapi": "3.1.0", "info": {"title": "t", "version": "1", "description": "\#(description)"}, "paths": {}, "components": {"schemas": {"Deep": \#(schema)}}}"#
        try spec.write(to: folder.appendingPathComponent("spec.json"), atomically: true, encoding: .utf8)
        let result = try Self.run(["generate", "--spec", folder.appendingPathComponent("spec.json").path, "--output", folder.appendingPathComponent("out").path, "--templates", TestPaths.templates])
        #expect(result.status == 0, "\(result.errors)")
        let deep = try String(contentsOf: folder.appendingPathComponent("out/Types/Deep.swift"), encoding: .utf8)
        #expect(deep.contains("extension Deep.Level99"))
    }
}
