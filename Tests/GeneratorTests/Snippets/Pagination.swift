// FILE: Operations/ListBatches.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /batches`
    /// - Generated from `#/paths/~1batches/get`.
    public func listBatches(limit: Swift.Int? = nil, paginationToken: Swift.String? = nil) async throws -> ListBatchesResponse {
        try await raw.listBatches(limit: limit, paginationToken: paginationToken).value
    }

    /// Every item of `listBatches`, page by page.
    ///
    /// Each page is requested once the previous one's items are consumed, with its `pagination_token` as `pagination_token`, until a page comes without one.
    public func listBatchesPages(limit: Swift.Int? = nil) -> GeneratedClientRuntime.Pages<ListBatchesResponse, Swift.String> {
        GeneratedClientRuntime.Pages(operationID: "listBatches", items: { $0.batches }, nextToken: { $0.paginationToken }) { token in
            try await self.listBatches(limit: limit, paginationToken: token)
        }
    }

    /// The HTTP request for `listBatches`, before the client's middlewares and authentication.
    public func listBatchesRequest(limit: Swift.Int? = nil, paginationToken: Swift.String? = nil) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/batches", operationID: "listBatches")
        request.setHeader("Accept", "application/json")
        request.addQuery("limit", limit)
        request.addQuery("pagination_token", paginationToken)
        return request
    }
}

extension TestClient.Raw {
    /// Like `listBatches`, with the answer's status, headers, request id and rate limits.
    public func listBatches(limit: Swift.Int? = nil, paginationToken: Swift.String? = nil) async throws -> GeneratedClientRuntime.APIResponse<ListBatchesResponse> {
        let request = try base.listBatchesRequest(limit: limit, paginationToken: paginationToken)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(ListBatchesResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/ListEvents.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /events`
    /// - Generated from `#/paths/~1events/get`.
    public func listEvents(from: Swift.String? = nil) async throws -> ListEventsResponse {
        try await raw.listEvents(from: from).value
    }

    /// Every item of `listEvents`, page by page.
    ///
    /// Each page is requested once the previous one's items are consumed, with its `continue_from` as `from`, until a page comes without one.
    public func listEventsPages() -> GeneratedClientRuntime.Pages<ListEventsResponse, Swift.Int> {
        GeneratedClientRuntime.Pages(operationID: "listEvents", items: { $0.entries ?? [] }, nextToken: { $0.continueFrom }) { token in
            try await self.listEvents(from: token)
        }
    }

    /// The HTTP request for `listEvents`, before the client's middlewares and authentication.
    public func listEventsRequest(from: Swift.String? = nil) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/events", operationID: "listEvents")
        request.setHeader("Accept", "application/json")
        request.addQuery("from", from)
        return request
    }
}

extension TestClient.Raw {
    /// Like `listEvents`, with the answer's status, headers, request id and rate limits.
    public func listEvents(from: Swift.String? = nil) async throws -> GeneratedClientRuntime.APIResponse<ListEventsResponse> {
        let request = try base.listEventsRequest(from: from)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(ListEventsResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/ListFiles.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /files`
    /// - Generated from `#/paths/~1files/get`.
    public func listFiles(after: Swift.String? = nil) async throws -> ListFilesResponse {
        try await raw.listFiles(after: after).value
    }

    /// Every item of `listFiles`, page by page.
    ///
    /// Each page is requested once the previous one's items are consumed, with its `last_id` while `has_more` as `after`, until a page comes without one.
    public func listFilesPages() -> GeneratedClientRuntime.Pages<ListFilesResponse, Swift.String> {
        GeneratedClientRuntime.Pages(operationID: "listFiles", items: { $0.data }, nextToken: { $0.hasMore == true ? $0.lastID : nil }) { token in
            try await self.listFiles(after: token)
        }
    }

    /// The HTTP request for `listFiles`, before the client's middlewares and authentication.
    public func listFilesRequest(after: Swift.String? = nil) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/files", operationID: "listFiles")
        request.setHeader("Accept", "application/json")
        request.addQuery("after", after)
        return request
    }
}

extension TestClient.Raw {
    /// Like `listFiles`, with the answer's status, headers, request id and rate limits.
    public func listFiles(after: Swift.String? = nil) async throws -> GeneratedClientRuntime.APIResponse<ListFilesResponse> {
        let request = try base.listFilesRequest(after: after)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(ListFilesResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/ListThings.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The successful outcomes of `listThings`.
///
/// - Remark: Generated from `#/paths/~1things/get/responses`.
public enum ListThingsOutput: Swift.Hashable, Swift.Sendable {
    /// A page, but also a 204, so the method returns an output enum and gets no pages.
    ///
    /// - HTTP 200.
    case ok(ListThingsResponse)
    /// Nothing yet.
    ///
    /// - HTTP 204.
    case noContent
}
extension TestClient {
    /// - `GET /things`
    /// - Generated from `#/paths/~1things/get`.
    public func listThings(cursor: Swift.String? = nil) async throws -> ListThingsOutput {
        try await raw.listThings(cursor: cursor).value
    }

    /// The HTTP request for `listThings`, before the client's middlewares and authentication.
    public func listThingsRequest(cursor: Swift.String? = nil) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/things", operationID: "listThings")
        request.setHeader("Accept", "application/json")
        request.addQuery("cursor", cursor)
        return request
    }
}

extension TestClient.Raw {
    /// Like `listThings`, with the answer's status, headers, request id and rate limits.
    public func listThings(cursor: Swift.String? = nil) async throws -> GeneratedClientRuntime.APIResponse<ListThingsOutput> {
        let request = try base.listThingsRequest(cursor: cursor)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(.ok(try response.decode(ListThingsResponse.self)))
        case 204: return response.carrying(.noContent)
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/Search.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /search`
    /// - Generated from `#/paths/~1search/get`.
    public func search(cursor: Swift.String? = nil) async throws -> SearchResponse {
        try await raw.search(cursor: cursor).value
    }

    /// The HTTP request for `search`, before the client's middlewares and authentication.
    public func searchRequest(cursor: Swift.String? = nil) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/search", operationID: "search")
        request.setHeader("Accept", "application/json")
        request.addQuery("cursor", cursor)
        return request
    }
}

extension TestClient.Raw {
    /// Like `search`, with the answer's status, headers, request id and rate limits.
    public func search(cursor: Swift.String? = nil) async throws -> GeneratedClientRuntime.APIResponse<SearchResponse> {
        let request = try base.searchRequest(cursor: cursor)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(SearchResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Types/ListBatchesResponse.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1batches/get/responses/200/content/application~1json/schema`.
public struct ListBatchesResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/paths/~1batches/get/responses/200/content/application~1json/schema/properties/batches`.
    public var batches: [Swift.String]
    /// - Remark: Generated from `#/paths/~1batches/get/responses/200/content/application~1json/schema/properties/pagination_token`.
    public var paginationToken: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["batches", "pagination_token"])

    /// Creates a `ListBatchesResponse`.
    ///
    /// - Parameters:
    ///   - batches: The `batches` value.
    ///   - paginationToken: The `pagination_token` value.
    public init(
        batches: [Swift.String],
        paginationToken: Swift.String? = nil,
    ) {
        self.batches = batches
        self.paginationToken = paginationToken
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.batches = try container.decodeRequired([Swift.String].self, forKey: "batches")
        self.paginationToken = try container.decodeIfPresent(Swift.String.self, forKey: "pagination_token")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.batches, forKey: "batches")
        try container.encodeIfPresent(self.paginationToken, forKey: "pagination_token")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/ListEventsResponse.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1events/get/responses/200/content/application~1json/schema`.
public struct ListEventsResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/paths/~1events/get/responses/200/content/application~1json/schema/properties/entries`.
    public var entries: [Swift.Int]?
    /// - Remark: Generated from `#/paths/~1events/get/responses/200/content/application~1json/schema/properties/tags`.
    public var tags: [Swift.String]?
    /// - Remark: Generated from `#/paths/~1events/get/responses/200/content/application~1json/schema/properties/continue_from`.
    public var continueFrom: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["entries", "tags", "continue_from"])

    /// Creates a `ListEventsResponse`.
    ///
    /// - Parameters:
    ///   - entries: The `entries` value.
    ///   - tags: The `tags` value.
    ///   - continueFrom: The `continue_from` value.
    public init(
        entries: [Swift.Int]? = nil,
        tags: [Swift.String]? = nil,
        continueFrom: Swift.String? = nil,
    ) {
        self.entries = entries
        self.tags = tags
        self.continueFrom = continueFrom
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.entries = try container.decodeIfPresent([Swift.Int].self, forKey: "entries")
        self.tags = try container.decodeIfPresent([Swift.String].self, forKey: "tags")
        self.continueFrom = try container.decodeIfPresent(Swift.String.self, forKey: "continue_from")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.entries, forKey: "entries")
        try container.encodeIfPresent(self.tags, forKey: "tags")
        try container.encodeIfPresent(self.continueFrom, forKey: "continue_from")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/ListFilesResponse.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1files/get/responses/200/content/application~1json/schema`.
public struct ListFilesResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/paths/~1files/get/responses/200/content/application~1json/schema/properties/object`.
    public var object: Swift.String?
    /// - Remark: Generated from `#/paths/~1files/get/responses/200/content/application~1json/schema/properties/data`.
    public var data: [Swift.String]
    /// - Remark: Generated from `#/paths/~1files/get/responses/200/content/application~1json/schema/properties/has_more`.
    public var hasMore: Swift.Bool
    /// - Remark: Generated from `#/paths/~1files/get/responses/200/content/application~1json/schema/properties/last_id`.
    public var lastID: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["object", "data", "has_more", "last_id"])

    /// Creates a `ListFilesResponse`.
    ///
    /// - Parameters:
    ///   - object: The `object` value.
    ///   - data: The `data` value.
    ///   - hasMore: The `has_more` value.
    ///   - lastID: The `last_id` value.
    public init(
        object: Swift.String? = nil,
        data: [Swift.String],
        hasMore: Swift.Bool,
        lastID: Swift.String? = nil,
    ) {
        self.object = object
        self.data = data
        self.hasMore = hasMore
        self.lastID = lastID
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.object = try container.decodeIfPresent(Swift.String.self, forKey: "object")
        self.data = try container.decodeRequired([Swift.String].self, forKey: "data")
        self.hasMore = try container.decodeRequired(Swift.Bool.self, forKey: "has_more")
        self.lastID = try container.decodeIfPresent(Swift.String.self, forKey: "last_id")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.object, forKey: "object")
        try container.encode(self.data, forKey: "data")
        try container.encode(self.hasMore, forKey: "has_more")
        try container.encodeIfPresent(self.lastID, forKey: "last_id")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/ListThingsResponse.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1things/get/responses/200/content/application~1json/schema`.
public struct ListThingsResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/paths/~1things/get/responses/200/content/application~1json/schema/properties/things`.
    public var things: [Swift.String]?
    /// - Remark: Generated from `#/paths/~1things/get/responses/200/content/application~1json/schema/properties/next_cursor`.
    public var nextCursor: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["things", "next_cursor"])

    /// Creates a `ListThingsResponse`.
    ///
    /// - Parameters:
    ///   - things: The `things` value.
    ///   - nextCursor: The `next_cursor` value.
    public init(
        things: [Swift.String]? = nil,
        nextCursor: Swift.String? = nil,
    ) {
        self.things = things
        self.nextCursor = nextCursor
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.things = try container.decodeIfPresent([Swift.String].self, forKey: "things")
        self.nextCursor = try container.decodeIfPresent(Swift.String.self, forKey: "next_cursor")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.things, forKey: "things")
        try container.encodeIfPresent(self.nextCursor, forKey: "next_cursor")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/SearchResponse.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1search/get/responses/200/content/application~1json/schema`.
public struct SearchResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/paths/~1search/get/responses/200/content/application~1json/schema/properties/hits`.
    public var hits: [Swift.String]?
    /// - Remark: Generated from `#/paths/~1search/get/responses/200/content/application~1json/schema/properties/cursor`.
    public var cursor: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["hits", "cursor"])

    /// Creates a `SearchResponse`.
    ///
    /// - Parameters:
    ///   - hits: The `hits` value.
    ///   - cursor: The `cursor` value.
    public init(
        hits: [Swift.String]? = nil,
        cursor: Swift.String? = nil,
    ) {
        self.hits = hits
        self.cursor = cursor
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.hits = try container.decodeIfPresent([Swift.String].self, forKey: "hits")
        self.cursor = try container.decodeIfPresent(Swift.String.self, forKey: "cursor")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.hits, forKey: "hits")
        try container.encodeIfPresent(self.cursor, forKey: "cursor")
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

        /// `listBatches` (`GET /batches`): its answers, in order, and the requests it received.
        public var listBatches: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, ListBatchesResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listBatches", pathTemplate: "/batches",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `listFiles` (`GET /files`): its answers, in order, and the requests it received.
        public var listFiles: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, ListFilesResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listFiles", pathTemplate: "/files",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `listEvents` (`GET /events`): its answers, in order, and the requests it received.
        public var listEvents: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, ListEventsResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listEvents", pathTemplate: "/events",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `listThings` (`GET /things`): its answers, in order, and the requests it received.
        public var listThings: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, ListThingsOutput, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listThings", pathTemplate: "/things",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                switch value {
                case .ok(let payload): return try .json(payload, status: 200, headers: headers)
                case .noContent: return .empty(status: 204, headers: headers)
                }
            }
        }

        /// `search` (`GET /search`): its answers, in order, and the requests it received.
        public var search: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, SearchResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "search", pathTemplate: "/search",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }
    }
}

