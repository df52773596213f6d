import Foundation
import Testing
@testable import ClientModel
@testable import ClientPlan
@testable import Generator
@testable import OpenAPIReading
@testable import SpecDiff
@testable import SwiftRendering

/// Rules over the model of the real xAI spec, with the overlay applied.
@Suite struct XAIModelTests {
    static let diagnostics = Diagnostics()
    /// Read once; a spec or overlay that no longer reads fails each test with the diagnostic, not the run.
    static let loaded = Result { () throws(Diagnostic) in try Pipeline(diagnostics: diagnostics).model(spec: TestPaths.xaiSpec, overlay: TestPaths.xaiOverlay) }
    static var model: GenerationModel { get throws { try loaded.get() } }

    @Test func everyOperationAndSchemaIsGenerated() throws {
        // 33 upstream, plus 13 from xAI's REST reference added by the overlay: compaction, 7 of the
        // Batch API, 4 of voice, speech to text.
        #expect(try Self.model.operations.count == 33 + 13)
        let components = try Self.model.types.filter { $0.id.pointer.hasPrefix("/components/schemas/") && $0.id.pointer.split(separator: "/").count == 3 }
        // 162 upstream, plus ResponseStreamEvent, MessageStreamEvent and ResponseUsage, then
        // ReasoningSummaryPart, ReasoningEffort and the 23 objects of the added operations.
        #expect(components.count == 162 + 3 + 25)
        #expect(try Self.model.unmappedCount == 0)
        #expect(Self.diagnostics.errors.isEmpty)
    }

    /// A response example is evidence of what the server sends: the overlay corrects schemas, never examples.
    @Test func overlayNeverEditsAnExample() throws {
        let text = try String(contentsOfFile: TestPaths.xaiOverlay, encoding: .utf8)
        let targets = text.split(separator: "\n").filter { $0.contains("target:") && $0.contains("example") }
        #expect(targets.isEmpty)
    }

    /// Exactly the structs reachable from a response body or stream event decode tolerantly.
    @Test func responseTypesAreMarkedForTolerantDecoding() throws {
        let marked = Set(try Self.model.types.compactMap { decl -> String? in
            guard case .structure(let structure) = decl.kind, structure.decodedFromResponses else { return nil }
            return decl.id.pointer
        })
        #expect(marked.contains("/components/schemas/Usage"))
        #expect(marked.contains("/components/schemas/ModelResponse"))
        #expect(marked.contains("/components/schemas/ChatResponseChunk"))
        #expect(!marked.contains("/components/schemas/ChatRequest"))
        #expect(!marked.contains("/components/schemas/EmbeddingRequest"))
    }

    @Test func nullableReferencesAreOptionalNotDropped() throws {
        let response = try #require(try Self.model.types.first { $0.id.pointer == "/components/schemas/ChatResponse" })
        guard case .structure(let structure) = response.kind else {
            Issue.record("ChatResponse is not a struct")
            return
        }
        let usage = try #require(structure.properties.first { $0.jsonName == "usage" })
        #expect(usage.type == .optional(.named(DeclID(pointer: "/components/schemas/Usage"))))
    }

    /// Every `oneOf: [{type: null}, X]` property of the spec is in the model as an optional.
    /// Every property the upstream document makes nullable (`oneOf: [{type: null}, ...]` or a type
    /// array with "null", at any depth of a component) is an optional property of the model: none dropped.
    @Test func allNullablePropertiesSurvive() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestPaths.xaiSpec))
        let spec = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let schemas = try #require((spec["components"] as? [String: Any])?["schemas"] as? [String: Any])
        var nullable: Set<String> = []
        func walk(_ value: Any, _ pointer: String) {
            if let array = value as? [Any] {
                for (index, element) in array.enumerated() { walk(element, pointer + "/\(index)") }
                return
            }
            guard let object = value as? [String: Any] else { return }
            if let properties = object["properties"] as? [String: Any] {
                for (name, property) in properties {
                    guard let schema = property as? [String: Any] else { continue }
                    let types = schema["type"] as? [String] ?? []
                    let branches = (schema["oneOf"] as? [[String: Any]] ?? []) + (schema["anyOf"] as? [[String: Any]] ?? [])
                    if types.contains("null") || branches.contains(where: { $0["type"] as? String == "null" }) {
                        nullable.insert(pointer + "/properties/" + name)
                    }
                }
            }
            for (key, member) in object { walk(member, pointer + "/" + key) }
        }
        for (name, schema) in schemas { walk(schema, "/components/schemas/" + name) }
        var optional: Set<String> = []
        for decl in try Self.model.types {
            guard case .structure(let structure) = decl.kind else { continue }
            for property in structure.properties where property.type.isOptional { optional.insert(property.pointer) }
        }
        // The seeds' README counts 57 nullable references and 227 nullable type arrays.
        #expect(nullable.count == 57 + 227)
        // The overlay restates ContentPart and ToolChoice as unions whose variants each require their
        // own field (Spec/xai-overlay.yaml, "unions told apart in prose"): these four are gone on purpose.
        #expect(nullable.subtracting(optional).sorted() == [
            "/components/schemas/ContentPart/properties/file", "/components/schemas/ContentPart/properties/image_url",
            "/components/schemas/ContentPart/properties/text", "/components/schemas/ToolChoice/oneOf/1/properties/function",
        ])
    }

    @Test func messageDispatchesOnRole() throws {
        let message = try #require(try Self.model.types.first { $0.id.pointer == "/components/schemas/Message" })
        guard case .union(let union) = message.kind else {
            Issue.record("Message is not a union")
            return
        }
        #expect(union.dispatch == .tag(property: "role"))
        #expect(union.variants.flatMap(\.tags) == ["system", "user", "assistant", "tool", "function"])
        #expect(union.hasUnknownCase)
    }

    @Test func operationIDsAreIdiomatic() throws {
        let ids = Set(try Self.model.operations.map(\.operationID))
        #expect(ids.isSuperset(of: ["createChatCompletion", "listModels", "getDeferredChatCompletion", "uploadFile", "createResponse"]))
        #expect(!ids.contains { $0.hasPrefix("handle_") })
    }
}
