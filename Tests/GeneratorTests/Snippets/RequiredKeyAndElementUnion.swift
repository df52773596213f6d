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

