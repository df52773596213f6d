// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Details about why a response is incomplete.
///
/// - Remark: Generated from `#/components/schemas/IncompleteDetails`.
public enum IncompleteDetails: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case maxOutputTokens(IncompleteDetails.MaxOutputTokens)
    case maxPromptTokens(IncompleteDetails.MaxPromptTokens)
    case maxTimeLimit(IncompleteDetails.MaxTimeLimit)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("reason", in: decoder) {
        case "max_output_tokens": self = .maxOutputTokens(try IncompleteDetails.MaxOutputTokens(from: decoder))
        case "max_prompt_tokens": self = .maxPromptTokens(try IncompleteDetails.MaxPromptTokens(from: decoder))
        case "max_time_limit": self = .maxTimeLimit(try IncompleteDetails.MaxTimeLimit(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .maxOutputTokens(let value):
            try value.encode(to: encoder)
        case .maxPromptTokens(let value):
            try value.encode(to: encoder)
        case .maxTimeLimit(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension IncompleteDetails {
    /// - Remark: Generated from `#/components/schemas/IncompleteDetails/oneOf/0`.
    public struct MaxOutputTokens: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/IncompleteDetails/oneOf/0/properties/reason`.
        public var reason: Swift.String { "max_output_tokens" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["reason"])

        /// Creates a `MaxOutputTokens`.
        public init(
        ) {
        }

        public init(from decoder: any Swift.Decoder) throws {
            _ = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            _ = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("max_output_tokens", as: "reason", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension IncompleteDetails {
    /// - Remark: Generated from `#/components/schemas/IncompleteDetails/oneOf/1`.
    public struct MaxPromptTokens: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/IncompleteDetails/oneOf/1/properties/reason`.
        public var reason: Swift.String { "max_prompt_tokens" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["reason"])

        /// Creates a `MaxPromptTokens`.
        public init(
        ) {
        }

        public init(from decoder: any Swift.Decoder) throws {
            _ = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            _ = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("max_prompt_tokens", as: "reason", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension IncompleteDetails {
    /// - Remark: Generated from `#/components/schemas/IncompleteDetails/oneOf/2`.
    public struct MaxTimeLimit: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/IncompleteDetails/oneOf/2/properties/reason`.
        public var reason: Swift.String { "max_time_limit" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["reason"])

        /// Creates a `MaxTimeLimit`.
        public init(
        ) {
        }

        public init(from decoder: any Swift.Decoder) throws {
            _ = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            _ = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("max_time_limit", as: "reason", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
