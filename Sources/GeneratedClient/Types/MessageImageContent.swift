// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/MessageImageContent`.
public enum MessageImageContent: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case base64(MessageImageContent.Base64)
    case url(MessageImageContent.URL)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "base64": self = .base64(try MessageImageContent.Base64(from: decoder))
        case "url": self = .url(try MessageImageContent.URL(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .base64(let value):
            try value.encode(to: encoder)
        case .url(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension MessageImageContent {
    /// - Remark: Generated from `#/components/schemas/MessageImageContent/oneOf/0`.
    public struct Base64: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Base64 encoded image string.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageImageContent/oneOf/0/properties/data`.
        public var data: Swift.String
        /// Media type of the image source. Available options: `image/jpeg`, `image/png`, `image/webp`.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageImageContent/oneOf/0/properties/media_type`.
        public var mediaType: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageImageContent/oneOf/0/properties/type`.
        public var type: Swift.String { "base64" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["data", "media_type", "type"])

        /// Creates a `Base64`.
        ///
        /// - Parameters:
        ///   - data: Base64 encoded image string.
        ///   - mediaType: Media type of the image source. Available options: `image/jpeg`, `image/png`, `image/webp`.
        public init(
            data: Swift.String,
            mediaType: Swift.String,
        ) {
            self.data = data
            self.mediaType = mediaType
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.data = try container.decode(Swift.String.self, forKey: "data")
            self.mediaType = try container.decode(Swift.String.self, forKey: "media_type")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.data, forKey: "data")
            try container.encode(self.mediaType, forKey: "media_type")
            try GeneratedClientRuntime.UnionCoding.encodeTag("base64", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageImageContent {
    /// - Remark: Generated from `#/components/schemas/MessageImageContent/oneOf/1`.
    public struct URL: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageImageContent/oneOf/1/properties/type`.
        public var type: Swift.String { "url" }
        /// URL of the image.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageImageContent/oneOf/1/properties/url`.
        public var url: Swift.String
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "url"])

        /// Creates an `URL`.
        ///
        /// - Parameters:
        ///   - url: URL of the image.
        public init(
            url: Swift.String,
        ) {
            self.url = url
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.url = try container.decode(Swift.String.self, forKey: "url")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("url", as: "type", to: encoder)
            try container.encode(self.url, forKey: "url")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
