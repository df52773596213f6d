// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Kind`.
public enum Kind: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case cat(Kind.Cat)
    case dog(Kind.Dog)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "cat": self = .cat(try Kind.Cat(from: decoder))
        case "dog": self = .dog(try Kind.Dog(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .cat(let value):
            try value.encode(to: encoder)
        case .dog(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension Kind {
    /// - Remark: Generated from `#/components/schemas/Kind/oneOf/0`.
    public struct Cat: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/Kind/oneOf/0/properties/type`.
        public var type: Swift.String { "cat" }
        /// - Remark: Generated from `#/components/schemas/Kind/oneOf/0/properties/indoor`.
        public var indoor: Swift.Bool
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "indoor"])

        /// Creates a `Cat`.
        ///
        /// - Parameters:
        ///   - indoor: The `indoor` value.
        public init(
            indoor: Swift.Bool,
        ) {
            self.indoor = indoor
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.indoor = try container.decodeRequired(Swift.Bool.self, forKey: "indoor")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("cat", as: "type", to: encoder)
            try container.encode(self.indoor, forKey: "indoor")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension Kind {
    /// - Remark: Generated from `#/components/schemas/Kind/oneOf/1`.
    public struct Dog: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/Kind/oneOf/1/properties/type`.
        public var type: Swift.String { "dog" }
        /// - Remark: Generated from `#/components/schemas/Kind/oneOf/1/properties/breed`.
        public var breed: Swift.String
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "breed"])

        /// Creates a `Dog`.
        ///
        /// - Parameters:
        ///   - breed: The `breed` value.
        public init(
            breed: Swift.String,
        ) {
            self.breed = breed
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.breed = try container.decodeRequired(Swift.String.self, forKey: "breed")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("dog", as: "type", to: encoder)
            try container.encode(self.breed, forKey: "breed")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
