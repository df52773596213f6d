// FILE: Operations/Search.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `POST /v1/search`
    /// - Generated from `#/paths/~1v1~1search/post`.
    public func search(_ body: Query) async throws -> Hit {
        try await raw.search(body).value
    }

    /// The HTTP request for `search`, before the client's middlewares and authentication.
    public func searchRequest(_ body: Query) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/search", operationID: "search")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension TestClient.Raw {
    /// Like `search`, with the answer's status, headers, request id and rate limits.
    public func search(_ body: Query) async throws -> GeneratedClientRuntime.APIResponse<Hit> {
        let request = try base.searchRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(Hit.self))
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Types/Hit.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Hit`.
public struct Hit: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Hit/properties/id`.
    public var id: Swift.String
    /// - Remark: Generated from `#/components/schemas/Hit/properties/score`.
    public var score: Swift.Double
    /// - Remark: Generated from `#/components/schemas/Hit/properties/note`.
    public var note: Swift.String?
    /// - Remark: Generated from `#/components/schemas/Hit/properties/scope`.
    public var scope: Scope
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["id", "score", "note", "scope"])

    /// Creates a `Hit`.
    ///
    /// - Parameters:
    ///   - id: The `id` value.
    ///   - score: The `score` value.
    ///   - note: The `note` value.
    ///   - scope: The `scope` value.
    public init(
        id: Swift.String,
        score: Swift.Double,
        note: Swift.String? = nil,
        scope: Scope,
    ) {
        self.id = id
        self.score = score
        self.note = note
        self.scope = scope
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.id = try container.decodeRequired(Swift.String.self, forKey: "id")
        self.score = try container.decodeRequired(Swift.Double.self, forKey: "score")
        self.note = try container.decodeIfPresent(Swift.String.self, forKey: "note")
        self.scope = try container.decodeRequired(Scope.self, forKey: "scope")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.id, forKey: "id")
        try container.encode(self.score, forKey: "score")
        try container.encodeIfPresent(self.note, forKey: "note")
        try container.encode(self.scope, forKey: "scope")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/Query.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Query`.
public struct Query: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Query/properties/text`.
    public var text: Swift.String
    /// - Remark: Generated from `#/components/schemas/Query/properties/scope`.
    public var scope: Scope
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["text", "scope"])

    /// Creates a `Query`.
    ///
    /// - Parameters:
    ///   - text: The `text` value.
    ///   - scope: The `scope` value.
    public init(
        text: Swift.String,
        scope: Scope,
    ) {
        self.text = text
        self.scope = scope
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.text = try container.decode(Swift.String.self, forKey: "text")
        self.scope = try container.decode(Scope.self, forKey: "scope")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.text, forKey: "text")
        try container.encode(self.scope, forKey: "scope")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/Scope.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Scope`.
public enum Scope: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case string(Swift.String)
    case strings([Swift.String])
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .array: self = .strings(try [Swift.String](from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.UnionCoding.unrecognised(in: decoder, type: "Scope"))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .strings(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
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

        /// `search` (`POST /v1/search`): its answers, in order, and the requests it received.
        public var search: GeneratedClientTesting.MockOperation<Query, Hit, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "search", pathTemplate: "/v1/search",
                examples: [],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "search") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }
    }
}

