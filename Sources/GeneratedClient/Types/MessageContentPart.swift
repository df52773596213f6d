// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/MessageContentPart`.
public enum MessageContentPart: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Text prompt message content part.
    case text(MessageContentPart.Text)
    /// Image prompt message content part.
    case image(MessageContentPart.Image)
    /// Tool call message content part. Received from model.
    case toolUse(MessageContentPart.ToolUse)
    /// Tool call result.
    case toolResult(MessageContentPart.ToolResult)
    /// (Redacted) Thinking of the model.
    case redactedThinking(MessageContentPart.RedactedThinking)
    /// Thinking of the model.
    case thinking(MessageContentPart.Thinking)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "text": self = .text(try MessageContentPart.Text(from: decoder))
        case "image": self = .image(try MessageContentPart.Image(from: decoder))
        case "tool_use": self = .toolUse(try MessageContentPart.ToolUse(from: decoder))
        case "tool_result": self = .toolResult(try MessageContentPart.ToolResult(from: decoder))
        case "redacted_thinking": self = .redactedThinking(try MessageContentPart.RedactedThinking(from: decoder))
        case "thinking": self = .thinking(try MessageContentPart.Thinking(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .text(let value):
            try value.encode(to: encoder)
        case .image(let value):
            try value.encode(to: encoder)
        case .toolUse(let value):
            try value.encode(to: encoder)
        case .toolResult(let value):
            try value.encode(to: encoder)
        case .redactedThinking(let value):
            try value.encode(to: encoder)
        case .thinking(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension MessageContentPart {
    /// Text prompt message content part.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/0`.
    public struct Text: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// (Unsupported) Cache control.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/0/properties/cache_control`.
        public var cacheControl: GeneratedClientRuntime.JSONValue?
        /// Text prompt.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/0/properties/text`.
        public var text: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/0/properties/type`.
        public var type: Swift.String { "text" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["cache_control", "text", "type"])

        /// Creates a `Text`.
        ///
        /// - Parameters:
        ///   - cacheControl: (Unsupported) Cache control.
        ///   - text: Text prompt.
        public init(
            cacheControl: GeneratedClientRuntime.JSONValue? = nil,
            text: Swift.String,
        ) {
            self.cacheControl = cacheControl
            self.text = text
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.cacheControl = try container.decodeIfPresent(GeneratedClientRuntime.JSONValue.self, forKey: "cache_control")
            self.text = try container.decode(Swift.String.self, forKey: "text")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.cacheControl, forKey: "cache_control")
            try container.encode(self.text, forKey: "text")
            try GeneratedClientRuntime.UnionCoding.encodeTag("text", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageContentPart {
    /// Image prompt message content part.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/1`.
    public struct Image: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// (Unsupported) Cache control.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/1/properties/cache_control`.
        public var cacheControl: GeneratedClientRuntime.JSONValue?
        /// Image source.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/1/properties/source`.
        public var source: MessageImageContent
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/1/properties/type`.
        public var type: Swift.String { "image" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["cache_control", "source", "type"])

        /// Creates an `Image`.
        ///
        /// - Parameters:
        ///   - cacheControl: (Unsupported) Cache control.
        ///   - source: Image source.
        public init(
            cacheControl: GeneratedClientRuntime.JSONValue? = nil,
            source: MessageImageContent,
        ) {
            self.cacheControl = cacheControl
            self.source = source
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.cacheControl = try container.decodeIfPresent(GeneratedClientRuntime.JSONValue.self, forKey: "cache_control")
            self.source = try container.decode(MessageImageContent.self, forKey: "source")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.cacheControl, forKey: "cache_control")
            try container.encode(self.source, forKey: "source")
            try GeneratedClientRuntime.UnionCoding.encodeTag("image", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageContentPart {
    /// Tool call message content part. Received from model.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/2`.
    public struct ToolUse: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// (Unsupported) Cache control.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/2/properties/cache_control`.
        public var cacheControl: GeneratedClientRuntime.JSONValue?
        /// ID of the tool call.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/2/properties/id`.
        public var id: Swift.String
        /// Input for tool call.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/2/properties/input`.
        public var input: GeneratedClientRuntime.JSONValue
        /// Name of the tool call.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/2/properties/name`.
        public var name: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/2/properties/type`.
        public var type: Swift.String { "tool_use" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["cache_control", "id", "input", "name", "type"])

        /// Creates a `ToolUse`.
        ///
        /// - Parameters:
        ///   - cacheControl: (Unsupported) Cache control.
        ///   - id: ID of the tool call.
        ///   - input: Input for tool call.
        ///   - name: Name of the tool call.
        public init(
            cacheControl: GeneratedClientRuntime.JSONValue? = nil,
            id: Swift.String,
            input: GeneratedClientRuntime.JSONValue,
            name: Swift.String,
        ) {
            self.cacheControl = cacheControl
            self.id = id
            self.input = input
            self.name = name
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.cacheControl = try container.decodeIfPresent(GeneratedClientRuntime.JSONValue.self, forKey: "cache_control")
            self.id = try container.decode(Swift.String.self, forKey: "id")
            self.input = try container.decode(GeneratedClientRuntime.JSONValue.self, forKey: "input")
            self.name = try container.decode(Swift.String.self, forKey: "name")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.cacheControl, forKey: "cache_control")
            try container.encode(self.id, forKey: "id")
            try container.encode(self.input, forKey: "input")
            try container.encode(self.name, forKey: "name")
            try GeneratedClientRuntime.UnionCoding.encodeTag("tool_use", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageContentPart {
    /// Tool call result.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/3`.
    public struct ToolResult: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// (Unsupported) Cache control.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/3/properties/cache_control`.
        public var cacheControl: GeneratedClientRuntime.JSONValue?
        /// Result content of the tool call. Can be a string or an array of content blocks.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/3/properties/content`.
        public var content: ToolResultContent
        /// Whether the tool call returns an error.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/3/properties/is_error`.
        public var isError: Swift.Bool?
        /// ID of the tool call given by the model.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/3/properties/tool_use_id`.
        public var toolUseID: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/3/properties/type`.
        public var type: Swift.String { "tool_result" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["cache_control", "content", "is_error", "tool_use_id", "type"])

        /// Creates a `ToolResult`.
        ///
        /// - Parameters:
        ///   - cacheControl: (Unsupported) Cache control.
        ///   - content: Result content of the tool call. Can be a string or an array of content blocks.
        ///   - isError: Whether the tool call returns an error.
        ///   - toolUseID: ID of the tool call given by the model.
        public init(
            cacheControl: GeneratedClientRuntime.JSONValue? = nil,
            content: ToolResultContent,
            isError: Swift.Bool? = nil,
            toolUseID: Swift.String,
        ) {
            self.cacheControl = cacheControl
            self.content = content
            self.isError = isError
            self.toolUseID = toolUseID
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.cacheControl = try container.decodeIfPresent(GeneratedClientRuntime.JSONValue.self, forKey: "cache_control")
            self.content = try container.decode(ToolResultContent.self, forKey: "content")
            self.isError = try container.decodeIfPresent(Swift.Bool.self, forKey: "is_error")
            self.toolUseID = try container.decode(Swift.String.self, forKey: "tool_use_id")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.cacheControl, forKey: "cache_control")
            try container.encode(self.content, forKey: "content")
            try container.encodeIfPresent(self.isError, forKey: "is_error")
            try container.encode(self.toolUseID, forKey: "tool_use_id")
            try GeneratedClientRuntime.UnionCoding.encodeTag("tool_result", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageContentPart {
    /// (Redacted) Thinking of the model.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/4`.
    public struct RedactedThinking: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Encrypted data of the redacted thinking.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/4/properties/data`.
        public var data: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/4/properties/type`.
        public var type: Swift.String { "redacted_thinking" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["data", "type"])

        /// Creates a `RedactedThinking`.
        ///
        /// - Parameters:
        ///   - data: Encrypted data of the redacted thinking.
        public init(
            data: Swift.String,
        ) {
            self.data = data
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.data = try container.decode(Swift.String.self, forKey: "data")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.data, forKey: "data")
            try GeneratedClientRuntime.UnionCoding.encodeTag("redacted_thinking", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageContentPart {
    /// Thinking of the model.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/5`.
    public struct Thinking: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Signature of the thinking block (required by Anthropic SDK for round-tripping).
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/5/properties/signature`.
        public var signature: Swift.String?
        /// Thinking.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/5/properties/thinking`.
        public var thinking: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/5/properties/type`.
        public var type: Swift.String { "thinking" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["signature", "thinking", "type"])

        /// Creates a `Thinking`.
        ///
        /// - Parameters:
        ///   - signature: Signature of the thinking block (required by Anthropic SDK for round-tripping).
        ///   - thinking: Thinking.
        public init(
            signature: Swift.String? = nil,
            thinking: Swift.String,
        ) {
            self.signature = signature
            self.thinking = thinking
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.signature = try container.decodeIfPresent(Swift.String.self, forKey: "signature")
            self.thinking = try container.decode(Swift.String.self, forKey: "thinking")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.signature, forKey: "signature")
            try container.encode(self.thinking, forKey: "thinking")
            try GeneratedClientRuntime.UnionCoding.encodeTag("thinking", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
