// FILE: Types/NewPet.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/NewPet`.
public struct NewPet: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/NewPet/properties/name`.
    public var name: Swift.String
    /// - Remark: Generated from `#/components/schemas/NewPet/properties/tag`.
    public var tag: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["name", "tag"])

    /// Creates a `NewPet`.
    ///
    /// - Parameters:
    ///   - name: The `name` value.
    ///   - tag: The `tag` value.
    public init(
        name: Swift.String,
        tag: Swift.String? = nil,
    ) {
        self.name = name
        self.tag = tag
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.name = try container.decode(Swift.String.self, forKey: "name")
        self.tag = try container.decodeIfPresent(Swift.String.self, forKey: "tag")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.name, forKey: "name")
        try container.encodeIfPresent(self.tag, forKey: "tag")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/Pet.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Pet`.
public struct Pet: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/NewPet/properties/name`.
    public var name: Swift.String
    /// - Remark: Generated from `#/components/schemas/NewPet/properties/tag`.
    public var tag: Swift.String?
    /// - Remark: Generated from `#/components/schemas/Pet/allOf/1/properties/id`.
    public var id: Swift.Int64
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["name", "tag", "id"])

    /// Creates a `Pet`.
    ///
    /// - Parameters:
    ///   - name: The `name` value.
    ///   - tag: The `tag` value.
    ///   - id: The `id` value.
    public init(
        name: Swift.String,
        tag: Swift.String? = nil,
        id: Swift.Int64,
    ) {
        self.name = name
        self.tag = tag
        self.id = id
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.name = try container.decode(Swift.String.self, forKey: "name")
        self.tag = try container.decodeIfPresent(Swift.String.self, forKey: "tag")
        self.id = try container.decode(Swift.Int64.self, forKey: "id")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.name, forKey: "name")
        try container.encodeIfPresent(self.tag, forKey: "tag")
        try container.encode(self.id, forKey: "id")
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

