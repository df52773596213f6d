@_spi(Generated) import GeneratedClientRuntime
import Foundation
import Testing
import XAI

/// What the API has and the document lacks, reachable without regenerating: response members no
/// property reads are kept and round-trip, request fields and query items the document lacks are
/// sent, and any path can be called. Over real HTTP against the local mock server, which validates
/// every request against the document and logs what it received.
@Suite struct ExtraFieldsTests {
    /// A client whose requests carry a fresh log key, and that key's log.
    struct Logged {
        let key = UUID().uuidString
        func client(_ headers: [String: String] = [:]) throws -> XAIClient {
            try LiveServerTests.client(headers: headers.merging(["x-mock-fault-key": key]) { new, _ in new })
        }
        func received() async throws -> [JSONValue] {
            let log = try await client().client.send(.get, "/__mock/log", query: [("key", key)], decoding: JSONValue.self)
            guard case .array(let requests)? = log.value["requests"] else { throw APIClientError.invalidRequest("no log") }
            return requests
        }
    }

    @Test func aResponseMemberTheDocumentLacksIsKeptAndRoundTrips() async throws {
        let client = try LiveServerTests.client(headers: ["x-mock-add-members": #"{"new_field": {"tier": 3, "tags": ["a"]}, "flag": true}"#])
        let models = try await client.listModels()
        #expect(models.unknownFields == [
            "new_field": .object(["tier": .integer(3), "tags": .array([.string("a")])]),
            "flag": .bool(true),
        ])
        // Nested objects that the server sent whole keep none: the known ones have none.
        #expect(models.data.allSatisfy { $0.unknownFields.isEmpty })
        let reencoded = try JSONCoding.decode(JSONValue.self, from: try JSONCoding.encode(models))
        #expect(reencoded["new_field"] == models.unknownFields["new_field"])
        #expect(reencoded["flag"] == .bool(true))
        #expect(try JSONCoding.decode(ListModelsResponse.self, from: try JSONCoding.encode(models)) == models)
    }

    @Test func aRequestFieldTheDocumentLacksIsSentBesideTheKnownOnes() async throws {
        let logged = Logged()
        var request = try LiveServerTests.chatRequest
        request.unknownFields["speculative_decoding"] = .object(["enabled": .bool(true)])
        _ = try await logged.client().createChatCompletion(request)
        let received = try await logged.received()
        #expect(received.count == 1)
        let body = try #require(received.first?["body_json"])
        #expect(body["speculative_decoding"] == .object(["enabled": .bool(true)]))
        #expect(body["model"] == .string(request.model))
    }

    @Test func aKnownNameAmongTheUnknownFieldsIsRefusedBeforeSending() async throws {
        var request = try LiveServerTests.chatRequest
        request.unknownFields["model"] = .string("grok-other")
        #expect {
            _ = try XAIClient(apiKey: "k").createChatCompletionRequest(request)
        } throws: { error in
            guard case APIClientError.invalidRequest(let message) = error else { return false }
            return message.contains("unknownFields holds 'model'") && message.contains("ChatRequest")
        }
    }

    @Test func extraHeadersAndQueryItemsGoWithOneCall() async throws {
        let logged = Logged()
        let client = try logged.client()
        _ = try await client.configured {
            $0.headers["x-preview"] = "on"
            $0.query.append(("beta", "1 2"))
        }.listModels()
        _ = try await client.listModels()
        let received = try await logged.received()
        #expect(received.count == 2)
        #expect(received.first?["path"] == .string("/v1/models?beta=1%202"))
        #expect(received.first?["headers"]?["x-preview"] == .string("on"))
        #expect(received.last?["path"] == .string("/v1/models"))
        #expect(received.last?["headers"]?["x-preview"] == nil)
    }

    /// A path the document does not have, through the same client: retries, errors and all.
    @Test func anyPathIsCalledThroughTheSameClient() async throws {
        struct Models: Decodable { var data: [Model]; struct Model: Decodable { var id: String } }
        let client = try LiveServerTests.client()
        let models = try await client.client.send(.get, "/v1/models", decoding: Models.self)
        #expect(models.status == 200)
        #expect(models.value.data.map(\.id) == (try await client.listModels()).data.map(\.id))
        await #expect {
            _ = try await client.client.send(.post, "/v1/not-in-the-document", body: ["a": JSONValue.integer(1)], decoding: JSONValue.self)
        } throws: { error in
            guard case APIClientError.api(let api) = error else { return false }
            // The mock server answers a path its document lacks with 400, as a validation error.
            return api.status == 400 && api.operationID == "POST /v1/not-in-the-document" && api.message?.contains("Path not found") == true
        }
        await #expect {
            _ = try await client.client.send(.get, "/v1/models?limit=1", decoding: JSONValue.self)
        } throws: { error in
            guard case APIClientError.invalidRequest(let message) = error else { return false }
            return message.contains("pass query items in `query:`")
        }
        // The first answer is a 500: only a retry makes this call succeed.
        let retried = try LiveServerTests.client(fault: "500-once")
        #expect(try await retried.client.send(.get, "/v1/models", decoding: JSONValue.self).status == 200)
    }
}
