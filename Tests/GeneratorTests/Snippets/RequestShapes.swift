// FILE: Operations/UpdateLock.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `PUT /files/{id}`
    /// - Generated from `#/paths/~1files~1{id}#update_lock/put`.
    public func updateLock(id: Swift.String, body: Lock) async throws -> Swift.Void {
        try await raw.updateLock(id: id, body: body).value
    }

    /// The HTTP request for `updateLock`, before the client's middlewares and authentication.
    public func updateLockRequest(id: Swift.String, body: Lock) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .put, path: "/files/\(try GeneratedClientRuntime.PathEncoding.segment(id))", operationID: "updateLock")
        try request.setJSONBody(body, contentType: "application/json-patch+json")
        return request
    }
}

extension TestClient.Raw {
    /// Like `updateLock`, with the answer's status, headers, request id and rate limits.
    public func updateLock(id: Swift.String, body: Lock) async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.updateLockRequest(id: id, body: body)
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Types/Lock.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Lock`.
public struct Lock: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Lock/properties/access`.
    public var access: Swift.String?
    /// - Remark: Generated from `#/components/schemas/Lock/required`.
    public var type: GeneratedClientRuntime.JSONValue
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["access", "type"])

    /// Creates a `Lock`.
    ///
    /// - Parameters:
    ///   - access: The `access` value.
    ///   - type: The `type` value.
    public init(
        access: Swift.String? = nil,
        type: GeneratedClientRuntime.JSONValue,
    ) {
        self.access = access
        self.type = type
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.access = try container.decodeIfPresent(Swift.String.self, forKey: "access")
        self.type = try container.decode(GeneratedClientRuntime.JSONValue.self, forKey: "type")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.access, forKey: "access")
        try container.encode(self.type, forKey: "type")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Testing/TestClient+Mock.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
// A test kit: add it to test targets only.
@_exported import GeneratedClientTesting
@_exported import GeneratedClient
import Foundation

extension TestClient {
    /// A stand-in for the API in unit tests: hand ``client`` to the code under test, script what
    /// each operation answers (`returns`, `returnsExample`, `answers` with a fault, `streams`), and
    /// read back the requests it sent, typed. No network and no server: the client's own retries,
    /// errors, limits and stream handling run on the answers as on a server's.
    ///
    /// Each scripted answer is used once, in order; a call with none left gets a `501` naming the
    /// operation.
    public struct Mock: Swift.Sendable {
        /// The client to hand to the code under test: every call it makes is answered by this mock.
        public let client: TestClient
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
            self.client = try TestClient(apiKey: "mock-api-key", serverURL: "https://mock.invalid", configuration: configuration)
        }

        /// `updateLock` (`PUT /files/{id}`): its answers, in order, and the requests it received.
        public var updateLock: GeneratedClientTesting.MockOperation<Lock, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "updateLock", pathTemplate: "/files/{id}",
                examples: [],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "updateLock") }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }
    }
}

