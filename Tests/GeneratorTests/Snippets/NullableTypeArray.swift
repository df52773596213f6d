// FILE: Types/ChatResponse.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ChatResponse`.
public struct ChatResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/fingerprint`.
    public var fingerprint: Swift.String?
    /// Token usage.
    ///
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/usage`.
    public var usage: Usage?
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/name`.
    public var name: Swift.String?
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/tags`.
    public var tags: [Swift.String]?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["fingerprint", "usage", "name", "tags"])

    /// Creates a `ChatResponse`.
    ///
    /// - Parameters:
    ///   - fingerprint: The `fingerprint` value.
    ///   - usage: Token usage.
    ///   - name: The `name` value.
    ///   - tags: The `tags` value.
    public init(
        fingerprint: Swift.String? = nil,
        usage: Usage? = nil,
        name: Swift.String? = nil,
        tags: [Swift.String]? = nil,
    ) {
        self.fingerprint = fingerprint
        self.usage = usage
        self.name = name
        self.tags = tags
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.fingerprint = try container.decodeIfPresent(Swift.String.self, forKey: "fingerprint")
        self.usage = try container.decodeIfPresent(Usage.self, forKey: "usage")
        self.name = try container.decodeIfPresent(Swift.String.self, forKey: "name")
        self.tags = try container.decodeIfPresent([Swift.String].self, forKey: "tags")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.fingerprint, forKey: "fingerprint")
        try container.encodeIfPresent(self.usage, forKey: "usage")
        try container.encodeIfPresent(self.name, forKey: "name")
        try container.encodeIfPresent(self.tags, forKey: "tags")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/Usage.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Usage`.
public struct Usage: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Usage/properties/total`.
    public var total: Swift.Int
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["total"])

    /// Creates an `Usage`.
    ///
    /// - Parameters:
    ///   - total: The `total` value.
    public init(
        total: Swift.Int,
    ) {
        self.total = total
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.total = try container.decode(Swift.Int.self, forKey: "total")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.total, forKey: "total")
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

