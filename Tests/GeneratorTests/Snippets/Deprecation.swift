// FILE: Operations/Complete.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// A legacy text completion.
    ///
    /// - `POST /v1/complete`
    /// - Generated from `#/paths/~1v1~1complete/post`.
    @available(*, deprecated, message: "Use POST /v1/responses instead.")
    public func complete(_ body: SearchRequest) async throws -> CompleteResponse {
        try await raw.complete(body).value
    }

    /// The HTTP request for `complete`, before the client's middlewares and authentication.
    @available(*, deprecated, message: "Use POST /v1/responses instead.")
    public func completeRequest(_ body: SearchRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/complete", operationID: "complete")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension TestClient.Raw {
    /// Like `complete`, with the answer's status, headers, request id and rate limits.
    @available(*, deprecated, message: "Use POST /v1/responses instead.")
    public func complete(_ body: SearchRequest) async throws -> GeneratedClientRuntime.APIResponse<CompleteResponse> {
        let request = try base.completeRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(CompleteResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Types/CompleteResponse.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1v1~1complete/post/responses/200/content/application~1json/schema`.
public struct CompleteResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/paths/~1v1~1complete/post/responses/200/content/application~1json/schema/properties/text`.
    public var text: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["text"])

    /// Creates a `CompleteResponse`.
    ///
    /// - Parameters:
    ///   - text: The `text` value.
    public init(
        text: Swift.String? = nil,
    ) {
        self.text = text
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.text = try container.decodeIfPresent(Swift.String.self, forKey: "text")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.text, forKey: "text")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/SearchMode.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/SearchMode`.
@available(*, deprecated, message: "Marked deprecated in the OpenAPI document.")
public enum SearchMode: GeneratedClientRuntime.OpenEnum {
    case off
    case on
    /// A value this client does not know yet; decoding never fails because the server added one.
    case unknown(Swift.String)

    public init(rawValue: Swift.String) {
        switch rawValue {
        case "off": self = .off
        case "on": self = .on
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: Swift.String {
        switch self {
        case .off: "off"
        case .on: "on"
        case .unknown(let value): value
        }
    }
}

// FILE: Types/SearchRequest.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/SearchRequest`.
public struct SearchRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/SearchRequest/properties/query`.
    public var query: Swift.String?
    /// - Remark: Generated from `#/components/schemas/SearchRequest/properties/search_parameters`.
    @available(*, deprecated, message: "Live Search answers 410 Gone: use the \"web_search\" tool.") public var searchParameters: SearchMode?
    /// DEPRECATED in favor of `included_x_handles`. Use `included_x_handles` instead.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchRequest/properties/x_handles`.
    @available(*, deprecated, message: "DEPRECATED in favor of `included_x_handles`.") public var xHandles: [Swift.String]?
    /// An old switch.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchRequest/properties/legacy`.
    @available(*, deprecated, message: "Marked deprecated in the OpenAPI document.") public var legacy: Swift.Bool?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["query", "search_parameters", "x_handles", "legacy"])

    /// Creates a `SearchRequest`.
    ///
    /// - Parameters:
    ///   - query: The `query` value.
    ///   - searchParameters: The `search_parameters` value.
    ///   - xHandles: DEPRECATED in favor of `included_x_handles`. Use `included_x_handles` instead.
    ///   - legacy: An old switch.
    public init(
        query: Swift.String? = nil,
        searchParameters: SearchMode? = nil,
        xHandles: [Swift.String]? = nil,
        legacy: Swift.Bool? = nil,
    ) {
        self.query = query
        self.searchParameters = searchParameters
        self.xHandles = xHandles
        self.legacy = legacy
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.query = try container.decodeIfPresent(Swift.String.self, forKey: "query")
        self.searchParameters = try container.decodeIfPresent(SearchMode.self, forKey: "search_parameters")
        self.xHandles = try container.decodeIfPresent([Swift.String].self, forKey: "x_handles")
        self.legacy = try container.decodeIfPresent(Swift.Bool.self, forKey: "legacy")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.query, forKey: "query")
        try container.encodeIfPresent(self.searchParameters, forKey: "search_parameters")
        try container.encodeIfPresent(self.xHandles, forKey: "x_handles")
        try container.encodeIfPresent(self.legacy, forKey: "legacy")
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

        /// `complete` (`POST /v1/complete`): its answers, in order, and the requests it received.
        @available(*, deprecated, message: "Use POST /v1/responses instead.")
        public var complete: GeneratedClientTesting.MockOperation<SearchRequest, CompleteResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "complete", pathTemplate: "/v1/complete",
                examples: [],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "complete") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }
    }
}

