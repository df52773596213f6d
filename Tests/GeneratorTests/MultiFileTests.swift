import Foundation
import Testing
@testable import ClientModel
@testable import ClientPlan
@testable import Generator
@testable import OpenAPIReading
@testable import SpecDiff
@testable import SwiftRendering

/// A document split over files (`MultiFile/shop`): a path item, an operation, a parameter and
/// schemas in other files, YAML and JSON, a cycle across files, a `$ref` into another file's
/// components, and a path whose `{storeId}` no parameter fills.
@Suite struct MultiFileTests {
    static let fixture = TestPaths.root + "/Tests/GeneratorTests/MultiFile/shop"

    /// A copy of the fixture to edit, removed afterwards.
    final class Copy {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("multi-file-\(UUID().uuidString)")
        init() throws { try FileManager.default.copyItem(atPath: MultiFileTests.fixture, toPath: folder.path) }
        deinit { try? FileManager.default.removeItem(at: folder) }
        var spec: String { folder.appendingPathComponent("openapi.yaml").path }
        func write(_ text: String, to file: String) throws {
            try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
    }

    func generate(_ spec: String) throws -> (result: Pipeline.Result, diagnostics: Diagnostics) {
        let diagnostics = Diagnostics()
        var config = GeneratorConfig()
        config.clientName = "Shop"
        let result = try Pipeline(diagnostics: diagnostics).run(.init(spec: spec, overlay: nil, config: config))
        return (result, diagnostics)
    }

    @Test func everyOperationHasItsParametersBodyAndResult() throws {
        let (result, diagnostics) = try generate(Self.fixture + "/openapi.yaml")
        let operations = Dictionary(uniqueKeysWithValues: result.model.operations.map { ($0.operationID, $0) })
        #expect(operations.keys.sorted() == ["createPet", "getPet", "listOrders", "listPets"])
        #expect(operations["listPets"]?.parameters.map(\.name) == ["limit"])
        #expect(operations["listPets"]?.outcomes.map(\.content) == [.json(.array(.named(DeclID(pointer: "/components/schemas/pet"))))])
        #expect(operations["createPet"]?.body?.type == .named(DeclID(pointer: "/components/schemas/pet")))
        #expect(operations["getPet"]?.parameters.map(\.name) == ["petId"])
        // Schemas from other files are components, named after their files (the naming stage makes
        // `pet` into `Pet`); `Order` keeps the name the root gives it.
        let components = result.model.types.filter { $0.parent == nil }.map(\.id.pointer)
        #expect(components == ["/components/schemas/Order", "/components/schemas/pet", "/components/schemas/owner", "/components/schemas/Status"])
        #expect(result.clientFiles["Types/Pet.swift"]?.contains("public var owner: Owner?") == true)
        #expect(result.clientFiles["Types/Order.swift"]?.contains("public var status: Status?") == true)
        #expect(result.fromOtherFiles == .init(files: 7, schemas: 4, operations: 3))
        #expect(diagnostics.errors.isEmpty)
        // The operation given as a `$ref` is read, with a warning naming the file and line of the `$ref`.
        let warnings = diagnostics.warnings.map(diagnostics.format)
        #expect(warnings.contains { $0.hasSuffix("openapi.yaml:10: warning: an operation given as a $ref is not standard OpenAPI; it is read from 'operations/get-pet.yaml' [#/paths/~1pets~1{petId}/get/$ref]") }, "\(warnings)")
    }

    /// `{storeId}` is in the path but no parameter describes it: a warning, and a String argument
    /// that fills it, so the request is still right.
    @Test func aPathTemplateNoParameterFillsGetsAStringParameter() throws {
        let (result, diagnostics) = try generate(Self.fixture + "/openapi.yaml")
        let listOrders = try #require(result.model.operations.first { $0.operationID == "listOrders" })
        #expect(listOrders.parameters.map(\.name) == ["storeId"])
        #expect(listOrders.parameters.first?.type == .string)
        let file = try #require(result.clientFiles["Operations/ListOrders.swift"])
        #expect(file.contains(#"path: "/stores/\(try GeneratedClientRuntime.PathEncoding.segment(storeID))/orders""#), "\(file)")
        #expect(diagnostics.warnings.map(diagnostics.format).contains { $0.contains("holds '{storeId}', which no path parameter fills") })
    }

    @Test func editingAReferencedFileChangesTheOutput() throws {
        let copy = try Copy()
        let before = try generate(copy.spec).result.clientFiles
        try copy.write("""
            type: object
            properties:
              name:
                type: string
              email:
                type: string
              pets:
                type: array
                items:
                  $ref: pet.yaml
            """, to: "schemas/owner.yaml")
        let after = try generate(copy.spec).result.clientFiles
        let changed = Set(after.keys).union(before.keys).filter { before[$0] != after[$0] }
        #expect(changed == ["Types/Owner.swift"])
        #expect(after["Types/Owner.swift"]?.contains("public var email: Swift.String?") == true)
    }

    @Test func aReferenceToAURLIsAnErrorThatSaysSo() throws {
        let copy = try Copy()
        try copy.write("limit:\n  $ref: 'https://example.com/parameters.yaml#/limit'\n", to: "parameters.yaml")
        let diagnostics = Diagnostics()
        #expect(throws: Diagnostic.self) { _ = try Pipeline(diagnostics: diagnostics).loadDocument(spec: copy.spec, overlay: nil) }
        do {
            _ = try Pipeline(diagnostics: diagnostics).loadDocument(spec: copy.spec, overlay: nil)
        } catch {
            #expect(diagnostics.format(error).hasSuffix("parameters.yaml:2: error: $ref 'https://example.com/parameters.yaml#/limit' is a URL; nothing is fetched at generation time: download it and refer to the file [#/paths/~1pets/get/parameters/0/$ref]"), "\(diagnostics.format(error))")
        }
    }

    @Test func aMissingFileNamesTheReferenceAndWhereItIs() throws {
        let copy = try Copy()
        try FileManager.default.removeItem(at: copy.folder.appendingPathComponent("schemas/owner.yaml"))
        let diagnostics = Diagnostics()
        do {
            _ = try Pipeline(diagnostics: diagnostics).loadDocument(spec: copy.spec, overlay: nil)
            Issue.record("a missing file was not reported")
        } catch {
            let text = diagnostics.format(error)
            #expect(text.contains("pet.yaml:9: error: $ref 'owner.yaml' names '"), "\(text)")
            #expect(text.hasSuffix("schemas/owner.yaml', which does not exist [#/components/schemas/pet/properties/owner/$ref]"), "\(text)")
        }
    }

    /// `merged-spec` and `diff` read the same bundled document: no `$ref` names another file.
    @Test func theBundledDocumentRefersToNoOtherFile() throws {
        let document = try Pipeline(diagnostics: Diagnostics()).loadDocument(spec: Self.fixture + "/openapi.yaml", overlay: nil)
        let text = JSONText.compact(document)
        #expect(!text.contains(".yaml"))
        #expect(!text.contains(".json"))
        #expect(text.contains(##""owner":{"$ref":"#/components/schemas/owner"}"##))
    }

    /// A document in one file comes back exactly as read: bundling changes nothing for it.
    @Test func aSingleFileDocumentIsUnchanged() throws {
        let diagnostics = Diagnostics()
        let read = try DocumentLoader.load(path: TestPaths.xaiSpec, diagnostics: diagnostics)
        let bundled = try DocumentBundler.load(path: TestPaths.xaiSpec, diagnostics: diagnostics)
        #expect(bundled.document == read)
        #expect(bundled.report == .init())
    }
}
