import Foundation
import Testing
@testable import ClientModel
@testable import ClientPlan
@testable import Generator
@testable import OpenAPIReading
@testable import SpecDiff
@testable import SwiftRendering

/// `hashable: false` leaves `Hashable` off every generated type (structs, unions, outputs) and
/// nothing else changes; `make corpus` compiles a real document generated that way.
@Suite struct HashableSettingTests {
    static let spec = """
    openapi: 3.1.0
    info: {title: Shop, version: "1"}
    paths:
      /pets:
        get:
          operationId: listPets
          responses:
            "200":
              description: ok
              content:
                application/json:
                  schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
            "404":
              description: none
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Problem"}
        post:
          operationId: addPet
          responses:
            "200":
              description: added
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Pet"}
            "202":
              description: queued
    components:
      schemas:
        Pet:
          type: object
          required: [name]
          properties:
            name: {type: string}
            tag: {oneOf: [{type: string}, {type: integer}]}
        Problem:
          type: object
          properties:
            detail: {type: string}
    """

    @Test func offLeavesHashableOffEveryTypeAndChangesNothingElse() throws {
        var config = Generation.testConfig
        let hashable = try Generation(yaml: Self.spec, config: config).files
        config.hashable = false
        let plain = try Generation(yaml: Self.spec, config: config).files
        #expect(hashable.keys.sorted() == plain.keys.sorted())
        let declarations = hashable.values.joined(separator: "\n").split(separator: "\n")
            .filter { $0.contains("Swift.Hashable") }.map { $0.trimmingCharacters(in: .whitespaces) }.sorted()
        #expect(declarations == [
            "public enum AddPetOutput: Swift.Hashable, Swift.Sendable {",
            "public enum Tag: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "public struct Pet: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "public struct Problem: Swift.Codable, Swift.Hashable, Swift.Sendable {",
        ])
        #expect(!plain.values.joined().contains("Hashable"))
        for (path, text) in hashable {
            #expect(text.replacingOccurrences(of: "Swift.Hashable, ", with: "") == plain[path], "\(path)")
        }
    }

    @Test func theSettingIsReadFromTheConfigFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("config-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try "hashable: false\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try GeneratorConfig.load(path: file.path, diagnostics: Diagnostics()).hashable == false)
        #expect(GeneratorConfig().hashable == true)
        try "hashable: maybe\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: Diagnostic.self) { try GeneratorConfig.load(path: file.path, diagnostics: Diagnostics()) }
    }
}
