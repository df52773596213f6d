// FILE: Operations/CreateItem.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// Create an item.
    ///
    /// - `POST /v1/items`
    /// - Generated from `#/paths/~1v1~1items/post`.
    public func createItem(_ body: CreateItemRequest) async throws -> CreateItemResponse {
        try await raw.createItem(body).value
    }

    /// The HTTP request for `createItem`, before the client's middlewares and authentication.
    public func createItemRequest(_ body: CreateItemRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/items", operationID: "create_item")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension TestClient.Raw {
    /// Like `createItem`, with the answer's status, headers, request id and rate limits.
    public func createItem(_ body: CreateItemRequest) async throws -> GeneratedClientRuntime.APIResponse<CreateItemResponse> {
        let request = try base.createItemRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(CreateItemResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/DownloadFile.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /v1/files/{file_id}/content`
    /// - Generated from `#/paths/~1v1~1files~1{file_id}~1content/get`.
    public func downloadFile(fileID: Swift.String, format: DownloadFileFormat? = nil, xTrace: Swift.String? = nil) async throws -> Foundation.Data {
        try await raw.downloadFile(fileID: fileID, format: format, xTrace: xTrace).value
    }

    /// Like `downloadFile`, but writes the body to `destination` as it arrives instead of holding it in memory.
    public func downloadFile(fileID: Swift.String, format: DownloadFileFormat? = nil, xTrace: Swift.String? = nil, to destination: Foundation.URL) async throws {
        _ = try await client.download(try downloadFileRequest(fileID: fileID, format: format, xTrace: xTrace), to: destination)
    }

    /// The HTTP request for `downloadFile`, before the client's middlewares and authentication.
    public func downloadFileRequest(fileID: Swift.String, format: DownloadFileFormat? = nil, xTrace: Swift.String? = nil) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/files/\(try GeneratedClientRuntime.PathEncoding.segment(fileID))/content", operationID: "downloadFile")
        request.setHeader("Accept", "application/octet-stream")
        request.addQuery("format", format)
        request.setHeader("X-Trace", xTrace)
        return request
    }
}

extension TestClient.Raw {
    /// Like `downloadFile`, with the answer's status, headers, request id and rate limits.
    public func downloadFile(fileID: Swift.String, format: DownloadFileFormat? = nil, xTrace: Swift.String? = nil) async throws -> GeneratedClientRuntime.APIResponse<Foundation.Data> {
        let request = try base.downloadFileRequest(fileID: fileID, format: format, xTrace: xTrace)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(response.body)
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Types/CreateItemRequest.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1v1~1items/post/requestBody/content/application~1json/schema`.
public struct CreateItemRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/paths/~1v1~1items/post/requestBody/content/application~1json/schema/properties/name`.
    public var name: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["name"])

    /// Creates a `CreateItemRequest`.
    ///
    /// - Parameters:
    ///   - name: The `name` value.
    public init(
        name: Swift.String,
    ) {
        self.name = name
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.name = try container.decode(Swift.String.self, forKey: "name")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.name, forKey: "name")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/CreateItemResponse.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1v1~1items/post/responses/200/content/application~1json/schema`.
public struct CreateItemResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/paths/~1v1~1items/post/responses/200/content/application~1json/schema/properties/id`.
    public var id: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["id"])

    /// Creates a `CreateItemResponse`.
    ///
    /// - Parameters:
    ///   - id: The `id` value.
    public init(
        id: Swift.String? = nil,
    ) {
        self.id = id
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.id = try container.decodeIfPresent(Swift.String.self, forKey: "id")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.id, forKey: "id")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/DownloadFileFormat.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1v1~1files~1{file_id}~1content/get/parameters/1/schema`.
public enum DownloadFileFormat: GeneratedClientRuntime.OpenEnum {
    case raw
    case text
    /// A value this client does not know yet; decoding never fails because the server added one.
    case unknown(Swift.String)

    public init(rawValue: Swift.String) {
        switch rawValue {
        case "raw": self = .raw
        case "text": self = .text
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: Swift.String {
        switch self {
        case .raw: "raw"
        case .text: "text"
        case .unknown(let value): value
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

        /// `downloadFile` (`GET /v1/files/{file_id}/content`): its answers, in order, and the requests it received.
        public var downloadFile: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Foundation.Data, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "downloadFile", pathTemplate: "/v1/files/{file_id}/content",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .bytes(value, status: 200, headers: headers)
            }
        }

        /// `createItem` (`POST /v1/items`): its answers, in order, and the requests it received.
        public var createItem: GeneratedClientTesting.MockOperation<CreateItemRequest, CreateItemResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "create_item", pathTemplate: "/v1/items",
                examples: [],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "create_item") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }
    }
}

