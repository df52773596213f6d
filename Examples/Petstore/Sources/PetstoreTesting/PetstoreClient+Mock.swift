// Generated from an OpenAPI document by the generator. Do not edit by hand.
// A test kit: add it to test targets only.
@_exported import GeneratedClientTesting
@_exported import Petstore
import Foundation

extension PetstoreClient {
    /// A stand-in for the API in unit tests: hand ``client`` to the code under test, script what
    /// each operation answers (`returns`, `returnsExample`, `answers` with a fault, `streams`), and
    /// read back the requests it sent, typed. No network and no server: the client's own retries,
    /// errors, limits and stream handling run on the answers as on a server's.
    ///
    /// Each scripted answer is used once, in order; a call with none left gets a `501` naming the
    /// operation.
    public struct Mock: Swift.Sendable {
        /// The client to hand to the code under test: every call it makes is answered by this mock.
        public let client: PetstoreClient
        /// Every request received, in order, and the answers not yet used.
        public let transport: GeneratedClientTesting.MockTransport

        /// A mock whose client has `configuration` (its retry policy, timeouts, limits,
        /// middlewares), its transport replaced by the mock's. Throws as the client's initialiser
        /// does for a configured header HTTP does not allow.
        public init(configuration: GeneratedClientRuntime.APIClientConfiguration = .init()) throws {
            let transport = GeneratedClientTesting.MockTransport()
            var configuration = configuration
            configuration.transport = transport
            self.transport = transport
            self.client = try PetstoreClient(apiKey: "mock-api-key", serverURL: "https://mock.invalid", configuration: configuration)
        }

        /// `listPets` (`GET /pets`): its answers, in order, and the requests it received.
        public var listPets: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, [Pet], GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listPets", pathTemplate: "/pets",
                examples: [
                    .init(name: "twoPets", status: 200, json: #"[{"id":"1","name":"Tom","kind":{"type":"cat","indoor":true}},{"id":"2","name":"Rex","kind":{"type":"dog","breed":"collie"}}]"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `createPet` (`POST /pets`): its answers, in order, and the requests it received.
        public var createPet: GeneratedClientTesting.MockOperation<NewPet, Pet, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "createPet", pathTemplate: "/pets",
                examples: [],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "createPet") }
            ) { value, headers in
                try .json(value, status: 201, headers: headers)
            }
        }

        /// `showPetByID` (`GET /pets/{petId}`): its answers, in order, and the requests it received.
        public var showPetByID: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Pet, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "showPetById", pathTemplate: "/pets/{petId}",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }
    }
}
