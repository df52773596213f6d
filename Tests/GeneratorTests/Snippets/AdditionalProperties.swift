// FILE: Types/Labels.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Labels`.
public struct Labels: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Labels/properties/name`.
    public var name: Swift.String
    /// - Remark: Generated from `#/components/schemas/Labels/properties/additional_properties`.
    public var additionalProperties: Swift.String?
    /// The object's other keys and their values (`additionalProperties`).
    public var additionalProperties2: [Swift.String: Swift.Int]

    /// Creates a `Labels`.
    ///
    /// - Parameters:
    ///   - name: The `name` value.
    ///   - additionalProperties: The `additional_properties` value.
    ///   - additionalProperties2: The object's other keys and their values.
    public init(
        name: Swift.String,
        additionalProperties: Swift.String? = nil,
        additionalProperties2: [Swift.String: Swift.Int] = [:],
    ) {
        self.name = name
        self.additionalProperties = additionalProperties
        self.additionalProperties2 = additionalProperties2
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.name = try container.decodeRequired(Swift.String.self, forKey: "name")
        self.additionalProperties = try container.decodeIfPresent(Swift.String.self, forKey: "additional_properties")
        self.additionalProperties2 = try GeneratedClientRuntime.AdditionalProperties.decode(Swift.Int.self, from: decoder, excluding: ["name", "additional_properties"])
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.name, forKey: "name")
        try container.encodeIfPresent(self.additionalProperties, forKey: "additional_properties")
        try GeneratedClientRuntime.AdditionalProperties.encode(self.additionalProperties2, to: encoder)
    }
}

// FILE: Types/Open.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Open`.
public struct Open: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Open/properties/kind`.
    public var kind: Swift.String?
    /// The object's other keys and their values (`additionalProperties`).
    public var additionalProperties: [Swift.String: GeneratedClientRuntime.JSONValue]

    /// Creates an `Open`.
    ///
    /// - Parameters:
    ///   - kind: The `kind` value.
    ///   - additionalProperties: The object's other keys and their values.
    public init(
        kind: Swift.String? = nil,
        additionalProperties: [Swift.String: GeneratedClientRuntime.JSONValue] = [:],
    ) {
        self.kind = kind
        self.additionalProperties = additionalProperties
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.kind = try container.decodeIfPresent(Swift.String.self, forKey: "kind")
        self.additionalProperties = try GeneratedClientRuntime.AdditionalProperties.decode(GeneratedClientRuntime.JSONValue.self, from: decoder, excluding: ["kind"])
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.kind, forKey: "kind")
        try GeneratedClientRuntime.AdditionalProperties.encode(self.additionalProperties, to: encoder)
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

