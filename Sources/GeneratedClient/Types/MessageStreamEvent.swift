// Generated from an OpenAPI document by the generator. Do not edit by hand.
import ClientRuntime
import Foundation

/// One event of a `/v1/messages` stream (`stream: true`), as the Anthropic Messages API sends them: `message_start`, then per content block `content_block_start`, `content_block_delta`..., `content_block_stop`, then `message_delta` and `message_stop`; `ping` may appear anywhere and `error` ends a failed stream.
///
/// - Remark: Generated from `#/components/schemas/MessageStreamEvent`.
public enum MessageStreamEvent: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The message was started; `message.content` is empty and `message.stop_reason` is null.
    case messageStart(MessageStreamEvent.MessageStart)
    /// A content block was started at `index`.
    case contentBlockStart(MessageStreamEvent.ContentBlockStart)
    /// A piece of the content block at `index`.
    case contentBlockDelta(MessageStreamEvent.ContentBlockDelta)
    /// The content block at `index` is complete.
    case contentBlockStop(MessageStreamEvent.ContentBlockStop)
    /// Top-level changes to the message (stop reason, final usage).
    case messageDelta(MessageStreamEvent.MessageDelta)
    /// The message is complete (last event of a successful stream).
    case messageStop(MessageStreamEvent.MessageStop)
    /// Keep-alive; carries nothing.
    case ping(MessageStreamEvent.Ping)
    /// An error occurred while streaming.
    case error(MessageStreamEvent.ErrorMessageStreamEvent)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(ClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try ClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "message_start": self = .messageStart(try MessageStreamEvent.MessageStart(from: decoder))
        case "content_block_start": self = .contentBlockStart(try MessageStreamEvent.ContentBlockStart(from: decoder))
        case "content_block_delta": self = .contentBlockDelta(try MessageStreamEvent.ContentBlockDelta(from: decoder))
        case "content_block_stop": self = .contentBlockStop(try MessageStreamEvent.ContentBlockStop(from: decoder))
        case "message_delta": self = .messageDelta(try MessageStreamEvent.MessageDelta(from: decoder))
        case "message_stop": self = .messageStop(try MessageStreamEvent.MessageStop(from: decoder))
        case "ping": self = .ping(try MessageStreamEvent.Ping(from: decoder))
        case "error": self = .error(try MessageStreamEvent.ErrorMessageStreamEvent(from: decoder))
        default: self = .unknown(try ClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .messageStart(let value):
            try value.encode(to: encoder)
            try ClientRuntime.UnionCoding.encodeTag("message_start", as: "type", to: encoder)
        case .contentBlockStart(let value):
            try value.encode(to: encoder)
            try ClientRuntime.UnionCoding.encodeTag("content_block_start", as: "type", to: encoder)
        case .contentBlockDelta(let value):
            try value.encode(to: encoder)
            try ClientRuntime.UnionCoding.encodeTag("content_block_delta", as: "type", to: encoder)
        case .contentBlockStop(let value):
            try value.encode(to: encoder)
            try ClientRuntime.UnionCoding.encodeTag("content_block_stop", as: "type", to: encoder)
        case .messageDelta(let value):
            try value.encode(to: encoder)
            try ClientRuntime.UnionCoding.encodeTag("message_delta", as: "type", to: encoder)
        case .messageStop(let value):
            try value.encode(to: encoder)
            try ClientRuntime.UnionCoding.encodeTag("message_stop", as: "type", to: encoder)
        case .ping(let value):
            try value.encode(to: encoder)
            try ClientRuntime.UnionCoding.encodeTag("ping", as: "type", to: encoder)
        case .error(let value):
            try value.encode(to: encoder)
            try ClientRuntime.UnionCoding.encodeTag("error", as: "type", to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension MessageStreamEvent {
    /// The message was started; `message.content` is empty and `message.stop_reason` is null.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/0`.
    public struct MessageStart: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/0/properties/type`.
        public var type: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/0/properties/message`.
        public var message: MessageResponse?

        public init(
            type: Swift.String = "message_start",
            message: MessageResponse? = nil,
        ) {
            self.type = type
            self.message = message
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.type = try container.decodeRequired(Swift.String.self, forKey: .type)
            self.message = try container.decodeIfPresent(MessageResponse.self, forKey: .message)
        }
    }
}

extension MessageStreamEvent {
    /// A content block was started at `index`.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/1`.
    public struct ContentBlockStart: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/1/properties/type`.
        public var type: Swift.String
        /// Index of the block in the message's `content`.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/1/properties/index`.
        public var index: Swift.Int32?
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/1/properties/content_block`.
        public var contentBlock: MessageResponseContent?

        public init(
            type: Swift.String = "content_block_start",
            index: Swift.Int32? = nil,
            contentBlock: MessageResponseContent? = nil,
        ) {
            self.type = type
            self.index = index
            self.contentBlock = contentBlock
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.type = try container.decodeRequired(Swift.String.self, forKey: .type)
            self.index = try container.decodeIfPresent(Swift.Int32.self, forKey: .index)
            self.contentBlock = try container.decodeIfPresent(MessageResponseContent.self, forKey: .contentBlock)
        }

        enum CodingKeys: Swift.String, Swift.CodingKey {
            case type
            case index
            case contentBlock = "content_block"
        }
    }
}

extension MessageStreamEvent {
    /// A piece of the content block at `index`.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2`.
    public struct ContentBlockDelta: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/type`.
        public var type: Swift.String
        /// Index of the block in the message's `content`.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/index`.
        public var index: Swift.Int32?
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta`.
        public var delta: MessageStreamEvent.ContentBlockDelta.DeltaPayload?

        public init(
            type: Swift.String = "content_block_delta",
            index: Swift.Int32? = nil,
            delta: MessageStreamEvent.ContentBlockDelta.DeltaPayload? = nil,
        ) {
            self.type = type
            self.index = index
            self.delta = delta
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.type = try container.decodeRequired(Swift.String.self, forKey: .type)
            self.index = try container.decodeIfPresent(Swift.Int32.self, forKey: .index)
            self.delta = try container.decodeIfPresent(MessageStreamEvent.ContentBlockDelta.DeltaPayload.self, forKey: .delta)
        }
    }
}

extension MessageStreamEvent.ContentBlockDelta {
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta`.
    public enum DeltaPayload: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Text to append to a `text` block.
        case textDelta(MessageStreamEvent.ContentBlockDelta.DeltaPayload.TextDelta)
        /// Characters to append to a `tool_use` block's input JSON.
        case inputJSONDelta(MessageStreamEvent.ContentBlockDelta.DeltaPayload.InputJSONDelta)
        /// Text to append to a `thinking` block.
        case thinkingDelta(MessageStreamEvent.ContentBlockDelta.DeltaPayload.ThinkingDelta)
        /// The signature of a `thinking` block.
        case signatureDelta(MessageStreamEvent.ContentBlockDelta.DeltaPayload.SignatureDelta)
        /// A variant this client does not know yet, kept as the JSON it arrived as.
        case unknown(ClientRuntime.JSONValue)

        public init(from decoder: any Swift.Decoder) throws {
            switch try ClientRuntime.UnionCoding.tag("type", in: decoder) {
            case "text_delta": self = .textDelta(try MessageStreamEvent.ContentBlockDelta.DeltaPayload.TextDelta(from: decoder))
            case "input_json_delta": self = .inputJSONDelta(try MessageStreamEvent.ContentBlockDelta.DeltaPayload.InputJSONDelta(from: decoder))
            case "thinking_delta": self = .thinkingDelta(try MessageStreamEvent.ContentBlockDelta.DeltaPayload.ThinkingDelta(from: decoder))
            case "signature_delta": self = .signatureDelta(try MessageStreamEvent.ContentBlockDelta.DeltaPayload.SignatureDelta(from: decoder))
            default: self = .unknown(try ClientRuntime.JSONValue(from: decoder))
            }
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .textDelta(let value):
                try value.encode(to: encoder)
                try ClientRuntime.UnionCoding.encodeTag("text_delta", as: "type", to: encoder)
            case .inputJSONDelta(let value):
                try value.encode(to: encoder)
                try ClientRuntime.UnionCoding.encodeTag("input_json_delta", as: "type", to: encoder)
            case .thinkingDelta(let value):
                try value.encode(to: encoder)
                try ClientRuntime.UnionCoding.encodeTag("thinking_delta", as: "type", to: encoder)
            case .signatureDelta(let value):
                try value.encode(to: encoder)
                try ClientRuntime.UnionCoding.encodeTag("signature_delta", as: "type", to: encoder)
            case .unknown(let value):
                try value.encode(to: encoder)
            }
        }
    }
}

extension MessageStreamEvent.ContentBlockDelta.DeltaPayload {
    /// Text to append to a `text` block.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/0`.
    public struct TextDelta: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/0/properties/type`.
        public var type: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/0/properties/text`.
        public var text: Swift.String?

        public init(
            type: Swift.String = "text_delta",
            text: Swift.String? = nil,
        ) {
            self.type = type
            self.text = text
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.type = try container.decodeRequired(Swift.String.self, forKey: .type)
            self.text = try container.decodeIfPresent(Swift.String.self, forKey: .text)
        }
    }
}

extension MessageStreamEvent.ContentBlockDelta.DeltaPayload {
    /// Characters to append to a `tool_use` block's input JSON.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/1`.
    public struct InputJSONDelta: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/1/properties/type`.
        public var type: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/1/properties/partial_json`.
        public var partialJSON: Swift.String?

        public init(
            type: Swift.String = "input_json_delta",
            partialJSON: Swift.String? = nil,
        ) {
            self.type = type
            self.partialJSON = partialJSON
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.type = try container.decodeRequired(Swift.String.self, forKey: .type)
            self.partialJSON = try container.decodeIfPresent(Swift.String.self, forKey: .partialJSON)
        }

        enum CodingKeys: Swift.String, Swift.CodingKey {
            case type
            case partialJSON = "partial_json"
        }
    }
}

extension MessageStreamEvent.ContentBlockDelta.DeltaPayload {
    /// Text to append to a `thinking` block.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/2`.
    public struct ThinkingDelta: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/2/properties/type`.
        public var type: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/2/properties/thinking`.
        public var thinking: Swift.String?

        public init(
            type: Swift.String = "thinking_delta",
            thinking: Swift.String? = nil,
        ) {
            self.type = type
            self.thinking = thinking
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.type = try container.decodeRequired(Swift.String.self, forKey: .type)
            self.thinking = try container.decodeIfPresent(Swift.String.self, forKey: .thinking)
        }
    }
}

extension MessageStreamEvent.ContentBlockDelta.DeltaPayload {
    /// The signature of a `thinking` block.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/3`.
    public struct SignatureDelta: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/3/properties/type`.
        public var type: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/3/properties/signature`.
        public var signature: Swift.String?

        public init(
            type: Swift.String = "signature_delta",
            signature: Swift.String? = nil,
        ) {
            self.type = type
            self.signature = signature
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.type = try container.decodeRequired(Swift.String.self, forKey: .type)
            self.signature = try container.decodeIfPresent(Swift.String.self, forKey: .signature)
        }
    }
}

extension MessageStreamEvent {
    /// The content block at `index` is complete.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/3`.
    public struct ContentBlockStop: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/3/properties/type`.
        public var type: Swift.String
        /// Index of the block in the message's `content`.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/3/properties/index`.
        public var index: Swift.Int32?

        public init(
            type: Swift.String = "content_block_stop",
            index: Swift.Int32? = nil,
        ) {
            self.type = type
            self.index = index
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.type = try container.decodeRequired(Swift.String.self, forKey: .type)
            self.index = try container.decodeIfPresent(Swift.Int32.self, forKey: .index)
        }
    }
}

extension MessageStreamEvent {
    /// Top-level changes to the message (stop reason, final usage).
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/4`.
    public struct MessageDelta: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/4/properties/type`.
        public var type: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/4/properties/delta`.
        public var delta: MessageStreamEvent.MessageDelta.DeltaPayload?
        /// Cumulative token counts; usually only `output_tokens`, so this is not MessageUsage (which requires all four).
        ///
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/4/properties/usage`.
        public var usage: MessageStreamEvent.MessageDelta.UsagePayload?

        public init(
            type: Swift.String = "message_delta",
            delta: MessageStreamEvent.MessageDelta.DeltaPayload? = nil,
            usage: MessageStreamEvent.MessageDelta.UsagePayload? = nil,
        ) {
            self.type = type
            self.delta = delta
            self.usage = usage
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.type = try container.decodeRequired(Swift.String.self, forKey: .type)
            self.delta = try container.decodeIfPresent(MessageStreamEvent.MessageDelta.DeltaPayload.self, forKey: .delta)
            self.usage = try container.decodeIfPresent(MessageStreamEvent.MessageDelta.UsagePayload.self, forKey: .usage)
        }
    }
}

extension MessageStreamEvent.MessageDelta {
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/4/properties/delta`.
    public struct DeltaPayload: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Same values as MessageResponse.stop_reason.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/4/properties/delta/properties/stop_reason`.
        public var stopReason: Swift.String?
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/4/properties/delta/properties/stop_sequence`.
        public var stopSequence: Swift.String?

        public init(
            stopReason: Swift.String? = nil,
            stopSequence: Swift.String? = nil,
        ) {
            self.stopReason = stopReason
            self.stopSequence = stopSequence
        }

        enum CodingKeys: Swift.String, Swift.CodingKey {
            case stopReason = "stop_reason"
            case stopSequence = "stop_sequence"
        }
    }
}

extension MessageStreamEvent.MessageDelta {
    /// Cumulative token counts; usually only `output_tokens`, so this is not MessageUsage (which requires all four).
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/4/properties/usage`.
    public struct UsagePayload: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/4/properties/usage/properties/input_tokens`.
        public var inputTokens: Swift.Int32?
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/4/properties/usage/properties/output_tokens`.
        public var outputTokens: Swift.Int32?
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/4/properties/usage/properties/cache_creation_input_tokens`.
        public var cacheCreationInputTokens: Swift.Int32?
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/4/properties/usage/properties/cache_read_input_tokens`.
        public var cacheReadInputTokens: Swift.Int32?

        public init(
            inputTokens: Swift.Int32? = nil,
            outputTokens: Swift.Int32? = nil,
            cacheCreationInputTokens: Swift.Int32? = nil,
            cacheReadInputTokens: Swift.Int32? = nil,
        ) {
            self.inputTokens = inputTokens
            self.outputTokens = outputTokens
            self.cacheCreationInputTokens = cacheCreationInputTokens
            self.cacheReadInputTokens = cacheReadInputTokens
        }

        enum CodingKeys: Swift.String, Swift.CodingKey {
            case inputTokens = "input_tokens"
            case outputTokens = "output_tokens"
            case cacheCreationInputTokens = "cache_creation_input_tokens"
            case cacheReadInputTokens = "cache_read_input_tokens"
        }
    }
}

extension MessageStreamEvent {
    /// The message is complete (last event of a successful stream).
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/5`.
    public struct MessageStop: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/5/properties/type`.
        public var type: Swift.String

        public init(
            type: Swift.String = "message_stop",
        ) {
            self.type = type
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.type = try container.decodeRequired(Swift.String.self, forKey: .type)
        }
    }
}

extension MessageStreamEvent {
    /// Keep-alive; carries nothing.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/6`.
    public struct Ping: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/6/properties/type`.
        public var type: Swift.String

        public init(
            type: Swift.String = "ping",
        ) {
            self.type = type
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.type = try container.decodeRequired(Swift.String.self, forKey: .type)
        }
    }
}

extension MessageStreamEvent {
    /// An error occurred while streaming.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/7`.
    public struct ErrorMessageStreamEvent: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/7/properties/type`.
        public var type: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/7/properties/error`.
        public var error: MessageStreamEvent.ErrorMessageStreamEvent.ErrorPayload?

        public init(
            type: Swift.String = "error",
            error: MessageStreamEvent.ErrorMessageStreamEvent.ErrorPayload? = nil,
        ) {
            self.type = type
            self.error = error
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.type = try container.decodeRequired(Swift.String.self, forKey: .type)
            self.error = try container.decodeIfPresent(MessageStreamEvent.ErrorMessageStreamEvent.ErrorPayload.self, forKey: .error)
        }
    }
}

extension MessageStreamEvent.ErrorMessageStreamEvent {
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/7/properties/error`.
    public struct ErrorPayload: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Error kind, e.g. `overloaded_error`.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/7/properties/error/properties/type`.
        public var type: Swift.String?
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/7/properties/error/properties/message`.
        public var message: Swift.String?

        public init(
            type: Swift.String? = nil,
            message: Swift.String? = nil,
        ) {
            self.type = type
            self.message = message
        }
    }
}
