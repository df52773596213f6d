// FILE: Types/Record.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Record`.
public struct Record: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Record/properties/anything`.
    public var anything: GeneratedClientRuntime.JSONValue?
    /// - Remark: Generated from `#/components/schemas/Record/properties/metadata`.
    public var metadata: [Swift.String: GeneratedClientRuntime.JSONValue]?
    /// - Remark: Generated from `#/components/schemas/Record/properties/labels`.
    public var labels: [Swift.String: Swift.String]?
    /// - Remark: Generated from `#/components/schemas/Record/properties/created_at`.
    public var createdAt: Foundation.Date?
    /// - Remark: Generated from `#/components/schemas/Record/properties/payload`.
    public var payload: Foundation.Data?
    /// - Remark: Generated from `#/components/schemas/Record/properties/ratio`.
    public var ratio: Swift.Double?
    /// - Remark: Generated from `#/components/schemas/Record/properties/count32`.
    public var count32: Swift.Int32?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["anything", "metadata", "labels", "created_at", "payload", "ratio", "count32"])

    /// Creates a `Record`.
    ///
    /// - Parameters:
    ///   - anything: The `anything` value.
    ///   - metadata: The `metadata` value.
    ///   - labels: The `labels` value.
    ///   - createdAt: The `created_at` value.
    ///   - payload: The `payload` value.
    ///   - ratio: The `ratio` value.
    ///   - count32: The `count32` value.
    public init(
        anything: GeneratedClientRuntime.JSONValue? = nil,
        metadata: [Swift.String: GeneratedClientRuntime.JSONValue]? = nil,
        labels: [Swift.String: Swift.String]? = nil,
        createdAt: Foundation.Date? = nil,
        payload: Foundation.Data? = nil,
        ratio: Swift.Double? = nil,
        count32: Swift.Int32? = nil,
    ) {
        self.anything = anything
        self.metadata = metadata
        self.labels = labels
        self.createdAt = createdAt
        self.payload = payload
        self.ratio = ratio
        self.count32 = count32
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.anything = try container.decodeIfPresent(GeneratedClientRuntime.JSONValue.self, forKey: "anything")
        self.metadata = try container.decodeIfPresent([Swift.String: GeneratedClientRuntime.JSONValue].self, forKey: "metadata")
        self.labels = try container.decodeIfPresent([Swift.String: Swift.String].self, forKey: "labels")
        self.createdAt = try container.decodeIfPresent(Foundation.Date.self, forKey: "created_at")
        self.payload = try container.decodeIfPresent(Foundation.Data.self, forKey: "payload")
        self.ratio = try container.decodeIfPresent(Swift.Double.self, forKey: "ratio")
        self.count32 = try container.decodeIfPresent(Swift.Int32.self, forKey: "count32")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.anything, forKey: "anything")
        try container.encodeIfPresent(self.metadata, forKey: "metadata")
        try container.encodeIfPresent(self.labels, forKey: "labels")
        try container.encodeIfPresent(self.createdAt, forKey: "created_at")
        try container.encodeIfPresent(self.payload, forKey: "payload")
        try container.encodeIfPresent(self.ratio, forKey: "ratio")
        try container.encodeIfPresent(self.count32, forKey: "count32")
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
    }
}

