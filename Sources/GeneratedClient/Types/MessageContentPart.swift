// Generated from an OpenAPI document by the generator. Do not edit by hand.
import ClientRuntime
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
    case unknown(ClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try ClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "text": self = .text(try MessageContentPart.Text(from: decoder))
        case "image": self = .image(try MessageContentPart.Image(from: decoder))
        case "tool_use": self = .toolUse(try MessageContentPart.ToolUse(from: decoder))
        case "tool_result": self = .toolResult(try MessageContentPart.ToolResult(from: decoder))
        case "redacted_thinking": self = .redactedThinking(try MessageContentPart.RedactedThinking(from: decoder))
        case "thinking": self = .thinking(try MessageContentPart.Thinking(from: decoder))
        default: self = .unknown(try ClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .text(let value):
            try value.encode(to: encoder)
            try ClientRuntime.UnionCoding.encodeTag("text", as: "type", to: encoder)
        case .image(let value):
            try value.encode(to: encoder)
            try ClientRuntime.UnionCoding.encodeTag("image", as: "type", to: encoder)
        case .toolUse(let value):
            try value.encode(to: encoder)
            try ClientRuntime.UnionCoding.encodeTag("tool_use", as: "type", to: encoder)
        case .toolResult(let value):
            try value.encode(to: encoder)
            try ClientRuntime.UnionCoding.encodeTag("tool_result", as: "type", to: encoder)
        case .redactedThinking(let value):
            try value.encode(to: encoder)
            try ClientRuntime.UnionCoding.encodeTag("redacted_thinking", as: "type", to: encoder)
        case .thinking(let value):
            try value.encode(to: encoder)
            try ClientRuntime.UnionCoding.encodeTag("thinking", as: "type", to: encoder)
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
        public var cacheControl: ClientRuntime.JSONValue?
        /// Text prompt.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/0/properties/text`.
        public var text: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/0/properties/type`.
        public var type: Swift.String

        public init(
            cacheControl: ClientRuntime.JSONValue? = nil,
            text: Swift.String,
            type: Swift.String = "text",
        ) {
            self.cacheControl = cacheControl
            self.text = text
            self.type = type
        }

        enum CodingKeys: Swift.String, Swift.CodingKey {
            case cacheControl = "cache_control"
            case text
            case type
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
        public var cacheControl: ClientRuntime.JSONValue?
        /// Image source.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/1/properties/source`.
        public var source: MessageImageContent
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/1/properties/type`.
        public var type: Swift.String

        public init(
            cacheControl: ClientRuntime.JSONValue? = nil,
            source: MessageImageContent,
            type: Swift.String = "image",
        ) {
            self.cacheControl = cacheControl
            self.source = source
            self.type = type
        }

        enum CodingKeys: Swift.String, Swift.CodingKey {
            case cacheControl = "cache_control"
            case source
            case type
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
        public var cacheControl: ClientRuntime.JSONValue?
        /// ID of the tool call.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/2/properties/id`.
        public var id: Swift.String
        /// Input for tool call.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/2/properties/input`.
        public var input: ClientRuntime.JSONValue
        /// Name of the tool call.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/2/properties/name`.
        public var name: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageContentPart/oneOf/2/properties/type`.
        public var type: Swift.String

        public init(
            cacheControl: ClientRuntime.JSONValue? = nil,
            id: Swift.String,
            input: ClientRuntime.JSONValue,
            name: Swift.String,
            type: Swift.String = "tool_use",
        ) {
            self.cacheControl = cacheControl
            self.id = id
            self.input = input
            self.name = name
            self.type = type
        }

        enum CodingKeys: Swift.String, Swift.CodingKey {
            case cacheControl = "cache_control"
            case id
            case input
            case name
            case type
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
        public var cacheControl: ClientRuntime.JSONValue?
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
        public var type: Swift.String

        public init(
            cacheControl: ClientRuntime.JSONValue? = nil,
            content: ToolResultContent,
            isError: Swift.Bool? = nil,
            toolUseID: Swift.String,
            type: Swift.String = "tool_result",
        ) {
            self.cacheControl = cacheControl
            self.content = content
            self.isError = isError
            self.toolUseID = toolUseID
            self.type = type
        }

        enum CodingKeys: Swift.String, Swift.CodingKey {
            case cacheControl = "cache_control"
            case content
            case isError = "is_error"
            case toolUseID = "tool_use_id"
            case type
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
        public var type: Swift.String

        public init(
            data: Swift.String,
            type: Swift.String = "redacted_thinking",
        ) {
            self.data = data
            self.type = type
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
        public var type: Swift.String

        public init(
            signature: Swift.String? = nil,
            thinking: Swift.String,
            type: Swift.String = "thinking",
        ) {
            self.signature = signature
            self.thinking = thinking
            self.type = type
        }
    }
}
