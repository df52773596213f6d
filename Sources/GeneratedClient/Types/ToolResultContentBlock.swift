// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// A single content block within a tool_result's array content.
///
/// - Remark: Generated from `#/components/schemas/ToolResultContentBlock`.
public enum ToolResultContentBlock: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Text content block.
    case text(ToolResultContentBlock.Text)
    /// Image content block.
    case image(ToolResultContentBlock.Image)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "text": self = .text(try ToolResultContentBlock.Text(from: decoder))
        case "image": self = .image(try ToolResultContentBlock.Image(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .text(let value):
            try value.encode(to: encoder)
        case .image(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension ToolResultContentBlock {
    /// Text content block.
    ///
    /// - Remark: Generated from `#/components/schemas/ToolResultContentBlock/oneOf/0`.
    public struct Text: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// The text content.
        ///
        /// - Remark: Generated from `#/components/schemas/ToolResultContentBlock/oneOf/0/properties/text`.
        public var text: Swift.String
        /// - Remark: Generated from `#/components/schemas/ToolResultContentBlock/oneOf/0/properties/type`.
        public var type: Swift.String { "text" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["text", "type"])

        /// Creates a `Text`.
        ///
        /// - Parameters:
        ///   - text: The text content.
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
            try GeneratedClientRuntime.UnionCoding.encodeTag("text", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ToolResultContentBlock {
    /// Image content block.
    ///
    /// - Remark: Generated from `#/components/schemas/ToolResultContentBlock/oneOf/1`.
    public struct Image: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Image source.
        ///
        /// - Remark: Generated from `#/components/schemas/ToolResultContentBlock/oneOf/1/properties/source`.
        public var source: MessageImageContent
        /// - Remark: Generated from `#/components/schemas/ToolResultContentBlock/oneOf/1/properties/type`.
        public var type: Swift.String { "image" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["source", "type"])

        /// Creates an `Image`.
        ///
        /// - Parameters:
        ///   - source: Image source.
        public init(
            source: MessageImageContent,
        ) {
            self.source = source
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.source = try container.decode(MessageImageContent.self, forKey: "source")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.source, forKey: "source")
            try GeneratedClientRuntime.UnionCoding.encodeTag("image", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
