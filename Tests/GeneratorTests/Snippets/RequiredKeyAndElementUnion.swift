// FILE: Types/Input.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Input`.
public enum Input: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case text(Input.Text)
    case tokens(Input.Tokens)
    case strings([Swift.String])
    case integers([Swift.Int])
    case number(Swift.Double)
    case integer(Swift.Int)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .number: self = .number(try Swift.Double(from: decoder))
        case .integer: self = .integer(try Swift.Int(from: decoder))
        case .object:
            let keys = try GeneratedClientRuntime.UnionCoding.keys(in: decoder)
            if keys.contains("text") { self = .text(try Input.Text(from: decoder)); return }
            if keys.contains("tokens") { self = .tokens(try Input.Tokens(from: decoder)); return }
            throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "Input")
        case .array:
            switch try GeneratedClientRuntime.JSONShape(ofFirstElementIn: decoder) {
            case nil, .string?: self = .strings(try [Swift.String](from: decoder))
            case .integer?: self = .integers(try [Swift.Int](from: decoder))
            default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "Input")
            }
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "Input")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .text(let value):
            try value.encode(to: encoder)
        case .tokens(let value):
            try value.encode(to: encoder)
        case .strings(let value):
            try value.encode(to: encoder)
        case .integers(let value):
            try value.encode(to: encoder)
        case .number(let value):
            try value.encode(to: encoder)
        case .integer(let value):
            try value.encode(to: encoder)
        }
    }
}

extension Input {
    /// - Remark: Generated from `#/components/schemas/Input/oneOf/0`.
    public struct Text: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/Input/oneOf/0/properties/text`.
        public var text: Swift.String
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["text"])

        /// Creates a `Text`.
        ///
        /// - Parameters:
        ///   - text: The `text` value.
        public init(
            text: Swift.String,
        ) {
            self.text = text
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.text = try container.decode(Swift.String.self, forKey: "text")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.text, forKey: "text")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension Input {
    /// - Remark: Generated from `#/components/schemas/Input/oneOf/1`.
    public struct Tokens: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/Input/oneOf/1/properties/tokens`.
        public var tokens: [Swift.Int]
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["tokens"])

        /// Creates a `Tokens`.
        ///
        /// - Parameters:
        ///   - tokens: The `tokens` value.
        public init(
            tokens: [Swift.Int],
        ) {
            self.tokens = tokens
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.tokens = try container.decode([Swift.Int].self, forKey: "tokens")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.tokens, forKey: "tokens")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
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
    }
}

