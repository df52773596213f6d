// FILE: Operations/Chat.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `POST /v1/chat`
    /// - Generated from `#/paths/~1v1~1chat/post`.
    public func chat(_ body: ChatRequest) async throws -> Chunk {
        try await raw.chat(body).value
    }

    /// - Streams the response as server-sent events.
    /// - Generated from `#/paths/~1v1~1chat/post`.
    public func chatStream(_ body: ChatRequest) -> GeneratedClientRuntime.EventStream<Chunk> {
        client.stream(of: Chunk.self, endingAt: []) { try chatRequest(body, streaming: true) }
    }

    /// The HTTP request for `chat`, before the client's middlewares and authentication.
    public func chatRequest(_ body: ChatRequest, streaming: Swift.Bool = false) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/chat", operationID: "chat")
        request.setHeader("Accept", streaming ? "text/event-stream" : "application/json")
        var body = body
        if streaming { body.stream = true }
        try request.setJSONBody(body)
        return request
    }
}

extension TestClient.Raw {
    /// Like `chat`, with the answer's status, headers, request id and rate limits.
    public func chat(_ body: ChatRequest) async throws -> GeneratedClientRuntime.APIResponse<Chunk> {
        let request = try base.chatRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(Chunk.self))
        default: throw response.unexpectedStatus()
        }
    }

    /// Like `chatStream`, but sends the request at once and returns
    /// when the answer's head arrives: status, headers and request id before the first event.
    public func chatStream(_ body: ChatRequest) async throws -> GeneratedClientRuntime.APIResponse<GeneratedClientRuntime.EventStream<Chunk>> {
        let base = self.base
        return try await base.client.streamResponse(of: Chunk.self, endingAt: []) { try base.chatRequest(body, streaming: true) }
    }
}

// FILE: Operations/Upload.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `POST /v1/files`
    /// - Generated from `#/paths/~1v1~1files/post`.
    public func upload(_ body: UploadRequest) async throws -> Swift.Void {
        try await raw.upload(body).value
    }

    /// The HTTP request for `upload`, before the client's middlewares and authentication.
    public func uploadRequest(_ body: UploadRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/files", operationID: "upload")
        var form = GeneratedClientRuntime.MultipartForm()
        try form.append("purpose", body.purpose)
        try form.append("file", body.file)
        request.setMultipartBody(form)
        return request
    }
}

extension TestClient.Raw {
    /// Like `upload`, with the answer's status, headers, request id and rate limits.
    public func upload(_ body: UploadRequest) async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.uploadRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Types/ChatRequest.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1v1~1chat/post/requestBody/content/application~1json/schema`.
public struct ChatRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/paths/~1v1~1chat/post/requestBody/content/application~1json/schema/properties/prompt`.
    public var prompt: Swift.String?
    /// - Remark: Generated from `#/paths/~1v1~1chat/post/requestBody/content/application~1json/schema/properties/stream`.
    public var stream: Swift.Bool?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["prompt", "stream"])

    /// Creates a `ChatRequest`.
    ///
    /// - Parameters:
    ///   - prompt: The `prompt` value.
    ///   - stream: The `stream` value.
    public init(
        prompt: Swift.String? = nil,
        stream: Swift.Bool? = nil,
    ) {
        self.prompt = prompt
        self.stream = stream
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.prompt = try container.decodeIfPresent(Swift.String.self, forKey: "prompt")
        self.stream = try container.decodeIfPresent(Swift.Bool.self, forKey: "stream")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.prompt, forKey: "prompt")
        try container.encodeIfPresent(self.stream, forKey: "stream")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/Chunk.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Chunk`.
public struct Chunk: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Chunk/properties/text`.
    public var text: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["text"])

    /// Creates a `Chunk`.
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

// FILE: Types/UploadRequest.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1v1~1files/post/requestBody/content/multipart~1form-data/schema`.
public struct UploadRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/paths/~1v1~1files/post/requestBody/content/multipart~1form-data/schema/properties/purpose`.
    public var purpose: Swift.String?
    /// - Remark: Generated from `#/paths/~1v1~1files/post/requestBody/content/multipart~1form-data/schema/properties/file`.
    public var file: GeneratedClientRuntime.FileUpload
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["purpose", "file"])

    /// Creates an `UploadRequest`.
    ///
    /// - Parameters:
    ///   - purpose: The `purpose` value.
    ///   - file: The `file` value.
    public init(
        purpose: Swift.String? = nil,
        file: GeneratedClientRuntime.FileUpload,
    ) {
        self.purpose = purpose
        self.file = file
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.purpose = try container.decodeIfPresent(Swift.String.self, forKey: "purpose")
        self.file = try container.decode(GeneratedClientRuntime.FileUpload.self, forKey: "file")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.purpose, forKey: "purpose")
        try container.encode(self.file, forKey: "file")
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

        /// `chat` (`POST /v1/chat`): its answers, in order, and the requests it received.
        public var chat: GeneratedClientTesting.MockOperation<ChatRequest, Chunk, Chunk> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "chat", pathTemplate: "/v1/chat",
                examples: [],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "chat") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `upload` (`POST /v1/files`): its answers, in order, and the requests it received.
        public var upload: GeneratedClientTesting.MockOperation<Foundation.Data, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "upload", pathTemplate: "/v1/files",
                examples: [],
                readBody: { $0 }
            ) { value, headers in
                .empty(status: 200, headers: headers)
            }
        }
    }
}

