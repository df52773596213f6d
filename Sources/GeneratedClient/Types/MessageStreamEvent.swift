// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
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
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "message_start": self = .messageStart(try MessageStreamEvent.MessageStart(from: decoder))
        case "content_block_start": self = .contentBlockStart(try MessageStreamEvent.ContentBlockStart(from: decoder))
        case "content_block_delta": self = .contentBlockDelta(try MessageStreamEvent.ContentBlockDelta(from: decoder))
        case "content_block_stop": self = .contentBlockStop(try MessageStreamEvent.ContentBlockStop(from: decoder))
        case "message_delta": self = .messageDelta(try MessageStreamEvent.MessageDelta(from: decoder))
        case "message_stop": self = .messageStop(try MessageStreamEvent.MessageStop(from: decoder))
        case "ping": self = .ping(try MessageStreamEvent.Ping(from: decoder))
        case "error": self = .error(try MessageStreamEvent.ErrorMessageStreamEvent(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .messageStart(let value):
            try value.encode(to: encoder)
        case .contentBlockStart(let value):
            try value.encode(to: encoder)
        case .contentBlockDelta(let value):
            try value.encode(to: encoder)
        case .contentBlockStop(let value):
            try value.encode(to: encoder)
        case .messageDelta(let value):
            try value.encode(to: encoder)
        case .messageStop(let value):
            try value.encode(to: encoder)
        case .ping(let value):
            try value.encode(to: encoder)
        case .error(let value):
            try value.encode(to: encoder)
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
        public var type: Swift.String { "message_start" }
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/0/properties/message`.
        public var message: MessageResponse?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "message"])

        /// Creates a `MessageStart`.
        ///
        /// - Parameters:
        ///   - message: The `message` value.
        public init(
            message: MessageResponse? = nil,
        ) {
            self.message = message
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.message = try container.decodeIfPresent(MessageResponse.self, forKey: "message")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("message_start", as: "type", to: encoder)
            try container.encodeIfPresent(self.message, forKey: "message")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageStreamEvent {
    /// A content block was started at `index`.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/1`.
    public struct ContentBlockStart: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/1/properties/type`.
        public var type: Swift.String { "content_block_start" }
        /// Index of the block in the message's `content`.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/1/properties/index`.
        public var index: Swift.Int32?
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/1/properties/content_block`.
        public var contentBlock: MessageResponseContent?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "index", "content_block"])

        /// Creates a `ContentBlockStart`.
        ///
        /// - Parameters:
        ///   - index: Index of the block in the message's `content`.
        ///   - contentBlock: The `content_block` value.
        public init(
            index: Swift.Int32? = nil,
            contentBlock: MessageResponseContent? = nil,
        ) {
            self.index = index
            self.contentBlock = contentBlock
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.index = try container.decodeIfPresent(Swift.Int32.self, forKey: "index")
            self.contentBlock = try container.decodeIfPresent(MessageResponseContent.self, forKey: "content_block")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("content_block_start", as: "type", to: encoder)
            try container.encodeIfPresent(self.index, forKey: "index")
            try container.encodeIfPresent(self.contentBlock, forKey: "content_block")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageStreamEvent {
    /// A piece of the content block at `index`.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2`.
    public struct ContentBlockDelta: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/type`.
        public var type: Swift.String { "content_block_delta" }
        /// Index of the block in the message's `content`.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/index`.
        public var index: Swift.Int32?
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta`.
        public var delta: MessageStreamEvent.ContentBlockDelta.DeltaPayload?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "index", "delta"])

        /// Creates a `ContentBlockDelta`.
        ///
        /// - Parameters:
        ///   - index: Index of the block in the message's `content`.
        ///   - delta: The `delta` value.
        public init(
            index: Swift.Int32? = nil,
            delta: MessageStreamEvent.ContentBlockDelta.DeltaPayload? = nil,
        ) {
            self.index = index
            self.delta = delta
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.index = try container.decodeIfPresent(Swift.Int32.self, forKey: "index")
            self.delta = try container.decodeIfPresent(MessageStreamEvent.ContentBlockDelta.DeltaPayload.self, forKey: "delta")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("content_block_delta", as: "type", to: encoder)
            try container.encodeIfPresent(self.index, forKey: "index")
            try container.encodeIfPresent(self.delta, forKey: "delta")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
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
        case unknown(GeneratedClientRuntime.JSONValue)

        public init(from decoder: any Swift.Decoder) throws {
            switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
            case "text_delta": self = .textDelta(try MessageStreamEvent.ContentBlockDelta.DeltaPayload.TextDelta(from: decoder))
            case "input_json_delta": self = .inputJSONDelta(try MessageStreamEvent.ContentBlockDelta.DeltaPayload.InputJSONDelta(from: decoder))
            case "thinking_delta": self = .thinkingDelta(try MessageStreamEvent.ContentBlockDelta.DeltaPayload.ThinkingDelta(from: decoder))
            case "signature_delta": self = .signatureDelta(try MessageStreamEvent.ContentBlockDelta.DeltaPayload.SignatureDelta(from: decoder))
            default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
            }
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .textDelta(let value):
                try value.encode(to: encoder)
            case .inputJSONDelta(let value):
                try value.encode(to: encoder)
            case .thinkingDelta(let value):
                try value.encode(to: encoder)
            case .signatureDelta(let value):
                try value.encode(to: encoder)
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
        public var type: Swift.String { "text_delta" }
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/0/properties/text`.
        public var text: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "text"])

        /// Creates a `TextDelta`.
        ///
        /// - Parameters:
        ///   - text: The `text` value.
        public init(
            text: Swift.String? = nil,
        ) {
            self.text = text
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.text = try container.decodeIfPresent(Swift.String.self, forKey: "text")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("text_delta", as: "type", to: encoder)
            try container.encodeIfPresent(self.text, forKey: "text")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageStreamEvent.ContentBlockDelta.DeltaPayload {
    /// Characters to append to a `tool_use` block's input JSON.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/1`.
    public struct InputJSONDelta: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/1/properties/type`.
        public var type: Swift.String { "input_json_delta" }
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/1/properties/partial_json`.
        public var partialJSON: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "partial_json"])

        /// Creates an `InputJSONDelta`.
        ///
        /// - Parameters:
        ///   - partialJSON: The `partial_json` value.
        public init(
            partialJSON: Swift.String? = nil,
        ) {
            self.partialJSON = partialJSON
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.partialJSON = try container.decodeIfPresent(Swift.String.self, forKey: "partial_json")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("input_json_delta", as: "type", to: encoder)
            try container.encodeIfPresent(self.partialJSON, forKey: "partial_json")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageStreamEvent.ContentBlockDelta.DeltaPayload {
    /// Text to append to a `thinking` block.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/2`.
    public struct ThinkingDelta: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/2/properties/type`.
        public var type: Swift.String { "thinking_delta" }
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/2/properties/thinking`.
        public var thinking: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "thinking"])

        /// Creates a `ThinkingDelta`.
        ///
        /// - Parameters:
        ///   - thinking: The `thinking` value.
        public init(
            thinking: Swift.String? = nil,
        ) {
            self.thinking = thinking
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.thinking = try container.decodeIfPresent(Swift.String.self, forKey: "thinking")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("thinking_delta", as: "type", to: encoder)
            try container.encodeIfPresent(self.thinking, forKey: "thinking")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageStreamEvent.ContentBlockDelta.DeltaPayload {
    /// The signature of a `thinking` block.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/3`.
    public struct SignatureDelta: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/3/properties/type`.
        public var type: Swift.String { "signature_delta" }
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/2/properties/delta/oneOf/3/properties/signature`.
        public var signature: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "signature"])

        /// Creates a `SignatureDelta`.
        ///
        /// - Parameters:
        ///   - signature: The `signature` value.
        public init(
            signature: Swift.String? = nil,
        ) {
            self.signature = signature
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.signature = try container.decodeIfPresent(Swift.String.self, forKey: "signature")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("signature_delta", as: "type", to: encoder)
            try container.encodeIfPresent(self.signature, forKey: "signature")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageStreamEvent {
    /// The content block at `index` is complete.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/3`.
    public struct ContentBlockStop: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/3/properties/type`.
        public var type: Swift.String { "content_block_stop" }
        /// Index of the block in the message's `content`.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/3/properties/index`.
        public var index: Swift.Int32?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "index"])

        /// Creates a `ContentBlockStop`.
        ///
        /// - Parameters:
        ///   - index: Index of the block in the message's `content`.
        public init(
            index: Swift.Int32? = nil,
        ) {
            self.index = index
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.index = try container.decodeIfPresent(Swift.Int32.self, forKey: "index")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("content_block_stop", as: "type", to: encoder)
            try container.encodeIfPresent(self.index, forKey: "index")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageStreamEvent {
    /// Top-level changes to the message (stop reason, final usage).
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/4`.
    public struct MessageDelta: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/4/properties/type`.
        public var type: Swift.String { "message_delta" }
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/4/properties/delta`.
        public var delta: MessageStreamEvent.MessageDelta.DeltaPayload?
        /// Cumulative token counts; usually only `output_tokens`, so this is not MessageUsage (which requires all four).
        ///
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/4/properties/usage`.
        public var usage: MessageStreamEvent.MessageDelta.UsagePayload?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "delta", "usage"])

        /// Creates a `MessageDelta`.
        ///
        /// - Parameters:
        ///   - delta: The `delta` value.
        ///   - usage: Cumulative token counts; usually only `output_tokens`, so this is not MessageUsage (which requires all four).
        public init(
            delta: MessageStreamEvent.MessageDelta.DeltaPayload? = nil,
            usage: MessageStreamEvent.MessageDelta.UsagePayload? = nil,
        ) {
            self.delta = delta
            self.usage = usage
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.delta = try container.decodeIfPresent(MessageStreamEvent.MessageDelta.DeltaPayload.self, forKey: "delta")
            self.usage = try container.decodeIfPresent(MessageStreamEvent.MessageDelta.UsagePayload.self, forKey: "usage")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("message_delta", as: "type", to: encoder)
            try container.encodeIfPresent(self.delta, forKey: "delta")
            try container.encodeIfPresent(self.usage, forKey: "usage")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
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
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["stop_reason", "stop_sequence"])

        /// Creates a `DeltaPayload`.
        ///
        /// - Parameters:
        ///   - stopReason: Same values as MessageResponse.stop_reason.
        ///   - stopSequence: The `stop_sequence` value.
        public init(
            stopReason: Swift.String? = nil,
            stopSequence: Swift.String? = nil,
        ) {
            self.stopReason = stopReason
            self.stopSequence = stopSequence
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.stopReason = try container.decodeIfPresent(Swift.String.self, forKey: "stop_reason")
            self.stopSequence = try container.decodeIfPresent(Swift.String.self, forKey: "stop_sequence")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.stopReason, forKey: "stop_reason")
            try container.encodeIfPresent(self.stopSequence, forKey: "stop_sequence")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
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
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["input_tokens", "output_tokens", "cache_creation_input_tokens", "cache_read_input_tokens"])

        /// Creates an `UsagePayload`.
        ///
        /// - Parameters:
        ///   - inputTokens: The `input_tokens` value.
        ///   - outputTokens: The `output_tokens` value.
        ///   - cacheCreationInputTokens: The `cache_creation_input_tokens` value.
        ///   - cacheReadInputTokens: The `cache_read_input_tokens` value.
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

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.inputTokens = try container.decodeIfPresent(Swift.Int32.self, forKey: "input_tokens")
            self.outputTokens = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_tokens")
            self.cacheCreationInputTokens = try container.decodeIfPresent(Swift.Int32.self, forKey: "cache_creation_input_tokens")
            self.cacheReadInputTokens = try container.decodeIfPresent(Swift.Int32.self, forKey: "cache_read_input_tokens")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.inputTokens, forKey: "input_tokens")
            try container.encodeIfPresent(self.outputTokens, forKey: "output_tokens")
            try container.encodeIfPresent(self.cacheCreationInputTokens, forKey: "cache_creation_input_tokens")
            try container.encodeIfPresent(self.cacheReadInputTokens, forKey: "cache_read_input_tokens")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageStreamEvent {
    /// The message is complete (last event of a successful stream).
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/5`.
    public struct MessageStop: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/5/properties/type`.
        public var type: Swift.String { "message_stop" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type"])

        /// Creates a `MessageStop`.
        public init(
        ) {
        }

        public init(from decoder: any Swift.Decoder) throws {
            _ = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            _ = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("message_stop", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageStreamEvent {
    /// Keep-alive; carries nothing.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/6`.
    public struct Ping: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/6/properties/type`.
        public var type: Swift.String { "ping" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type"])

        /// Creates a `Ping`.
        public init(
        ) {
        }

        public init(from decoder: any Swift.Decoder) throws {
            _ = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            _ = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("ping", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageStreamEvent {
    /// An error occurred while streaming.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/7`.
    public struct ErrorMessageStreamEvent: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/7/properties/type`.
        public var type: Swift.String { "error" }
        /// - Remark: Generated from `#/components/schemas/MessageStreamEvent/oneOf/7/properties/error`.
        public var error: MessageStreamEvent.ErrorMessageStreamEvent.ErrorPayload?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "error"])

        /// Creates an `ErrorMessageStreamEvent`.
        ///
        /// - Parameters:
        ///   - error: The `error` value.
        public init(
            error: MessageStreamEvent.ErrorMessageStreamEvent.ErrorPayload? = nil,
        ) {
            self.error = error
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.error = try container.decodeIfPresent(MessageStreamEvent.ErrorMessageStreamEvent.ErrorPayload.self, forKey: "error")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("error", as: "type", to: encoder)
            try container.encodeIfPresent(self.error, forKey: "error")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
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
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "message"])

        /// Creates an `ErrorPayload`.
        ///
        /// - Parameters:
        ///   - type: Error kind, e.g. `overloaded_error`.
        ///   - message: The `message` value.
        public init(
            type: Swift.String? = nil,
            message: Swift.String? = nil,
        ) {
            self.type = type
            self.message = message
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.type = try container.decodeIfPresent(Swift.String.self, forKey: "type")
            self.message = try container.decodeIfPresent(Swift.String.self, forKey: "message")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.type, forKey: "type")
            try container.encodeIfPresent(self.message, forKey: "message")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
