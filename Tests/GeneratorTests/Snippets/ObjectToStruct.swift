// FILE: Types/ChatResponse.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The chat response.
///
/// - Remark: Generated from `#/components/schemas/ChatResponse`.
public struct ChatResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A unique ID.
    ///
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/id`.
    public var id: Swift.String
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/created`.
    public var created: Swift.Int64
    /// - Example: `"fp_123"`.
    /// - Generated from `#/components/schemas/ChatResponse/properties/system_fingerprint`.
    public var systemFingerprint: Swift.String?
    /// - Default: `1.0`.
    /// - Generated from `#/components/schemas/ChatResponse/properties/temperature`.
    public var temperature: Swift.Double?
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/legacy`.
    @available(*, deprecated, message: "Marked deprecated in the OpenAPI document.") public var legacy: Swift.Bool?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["id", "created", "system_fingerprint", "temperature", "legacy"])

    /// Creates a `ChatResponse`.
    ///
    /// - Parameters:
    ///   - id: A unique ID.
    ///   - created: The `created` value.
    ///   - systemFingerprint: The `system_fingerprint` value.
    ///   - temperature: The `temperature` value.
    ///   - legacy: The `legacy` value.
    public init(
        id: Swift.String,
        created: Swift.Int64,
        systemFingerprint: Swift.String? = nil,
        temperature: Swift.Double? = nil,
        legacy: Swift.Bool? = nil,
    ) {
        self.id = id
        self.created = created
        self.systemFingerprint = systemFingerprint
        self.temperature = temperature
        self.legacy = legacy
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.id = try container.decode(Swift.String.self, forKey: "id")
        self.created = try container.decode(Swift.Int64.self, forKey: "created")
        self.systemFingerprint = try container.decodeIfPresent(Swift.String.self, forKey: "system_fingerprint")
        self.temperature = try container.decodeIfPresent(Swift.Double.self, forKey: "temperature")
        self.legacy = try container.decodeIfPresent(Swift.Bool.self, forKey: "legacy")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.id, forKey: "id")
        try container.encode(self.created, forKey: "created")
        try container.encodeIfPresent(self.systemFingerprint, forKey: "system_fingerprint")
        try container.encodeIfPresent(self.temperature, forKey: "temperature")
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
    }
}

