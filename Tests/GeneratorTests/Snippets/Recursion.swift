// FILE: Types/Expression.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Expression`.
public enum Expression: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case string(Swift.String)
    case node(Node)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .object: self = .node(try Node(from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "Expression")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .node(let value):
            try value.encode(to: encoder)
        }
    }
}

// FILE: Types/Node.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Node`.
public struct Node: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Node/properties/value`.
    public var value: Swift.String
    /// - Remark: Generated from `#/components/schemas/Node/properties/next`.
    @GeneratedClientRuntime.Indirect public var next: Node?
    /// - Remark: Generated from `#/components/schemas/Node/properties/children`.
    public var children: [Node]?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["value", "next", "children"])

    /// Creates a `Node`.
    ///
    /// - Parameters:
    ///   - value: The `value` value.
    ///   - next: The `next` value.
    ///   - children: The `children` value.
    public init(
        value: Swift.String,
        next: Node? = nil,
        children: [Node]? = nil,
    ) {
        self.value = value
        self._next = GeneratedClientRuntime.Indirect(wrappedValue: next)
        self.children = children
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.value = try container.decode(Swift.String.self, forKey: "value")
        self.next = try container.decodeIfPresent(Node.self, forKey: "next")
        self.children = try container.decodeIfPresent([Node].self, forKey: "children")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.value, forKey: "value")
        try container.encodeIfPresent(self.next, forKey: "next")
        try container.encodeIfPresent(self.children, forKey: "children")
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

