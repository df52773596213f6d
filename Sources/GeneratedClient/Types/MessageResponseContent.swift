// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/MessageResponseContent`.
public enum MessageResponseContent: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Text response from the model.
    case text(MessageResponseContent.Text)
    /// Thinking response for the model
    case thinking(MessageResponseContent.Thinking)
    /// Redacted thinking response for the model
    case redactedThinking(MessageResponseContent.RedactedThinking)
    /// Request by the model to invoke a tool call.
    case toolUse(MessageResponseContent.ToolUse)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "text": self = .text(try MessageResponseContent.Text(from: decoder))
        case "thinking": self = .thinking(try MessageResponseContent.Thinking(from: decoder))
        case "redacted_thinking": self = .redactedThinking(try MessageResponseContent.RedactedThinking(from: decoder))
        case "tool_use": self = .toolUse(try MessageResponseContent.ToolUse(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .text(let value):
            try value.encode(to: encoder)
        case .thinking(let value):
            try value.encode(to: encoder)
        case .redactedThinking(let value):
            try value.encode(to: encoder)
        case .toolUse(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension MessageResponseContent {
    /// Text response from the model.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageResponseContent/oneOf/0`.
    public struct Text: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageResponseContent/oneOf/0/properties/text`.
        public var text: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageResponseContent/oneOf/0/properties/type`.
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
        ///   - text: The `text` value.
        public init(
            text: Swift.String,
        ) {
            self.text = text
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.text = try container.decodeRequired(Swift.String.self, forKey: "text")
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

extension MessageResponseContent {
    /// Thinking response for the model
    ///
    /// - Remark: Generated from `#/components/schemas/MessageResponseContent/oneOf/1`.
    public struct Thinking: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Signature of the content
        ///
        /// - Remark: Generated from `#/components/schemas/MessageResponseContent/oneOf/1/properties/signature`.
        public var signature: Swift.String
        /// Thinking content
        ///
        /// - Remark: Generated from `#/components/schemas/MessageResponseContent/oneOf/1/properties/thinking`.
        public var thinking: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageResponseContent/oneOf/1/properties/type`.
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
        ///   - signature: Signature of the content
        ///   - thinking: Thinking content
        public init(
            signature: Swift.String,
            thinking: Swift.String,
        ) {
            self.signature = signature
            self.thinking = thinking
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.signature = try container.decodeRequired(Swift.String.self, forKey: "signature")
            self.thinking = try container.decodeRequired(Swift.String.self, forKey: "thinking")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.signature, forKey: "signature")
            try container.encode(self.thinking, forKey: "thinking")
            try GeneratedClientRuntime.UnionCoding.encodeTag("thinking", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageResponseContent {
    /// Redacted thinking response for the model
    ///
    /// - Remark: Generated from `#/components/schemas/MessageResponseContent/oneOf/2`.
    public struct RedactedThinking: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Signature of the content
        ///
        /// - Remark: Generated from `#/components/schemas/MessageResponseContent/oneOf/2/properties/data`.
        public var data: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageResponseContent/oneOf/2/properties/type`.
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
        ///   - data: Signature of the content
        public init(
            data: Swift.String,
        ) {
            self.data = data
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.data = try container.decodeRequired(Swift.String.self, forKey: "data")
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

extension MessageResponseContent {
    /// Request by the model to invoke a tool call.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageResponseContent/oneOf/3`.
    public struct ToolUse: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Tool call ID.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageResponseContent/oneOf/3/properties/id`.
        public var id: Swift.String
        /// Input to the tool call follwing the `input_schema`.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageResponseContent/oneOf/3/properties/input`.
        public var input: GeneratedClientRuntime.JSONValue
        /// Name of the tool call to be used.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageResponseContent/oneOf/3/properties/name`.
        public var name: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageResponseContent/oneOf/3/properties/type`.
        public var type: Swift.String { "tool_use" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["id", "input", "name", "type"])

        /// Creates a `ToolUse`.
        ///
        /// - Parameters:
        ///   - id: Tool call ID.
        ///   - input: Input to the tool call follwing the `input_schema`.
        ///   - name: Name of the tool call to be used.
        public init(
            id: Swift.String,
            input: GeneratedClientRuntime.JSONValue,
            name: Swift.String,
        ) {
            self.id = id
            self.input = input
            self.name = name
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.id = try container.decodeRequired(Swift.String.self, forKey: "id")
            self.input = try container.decodeRequired(GeneratedClientRuntime.JSONValue.self, forKey: "input")
            self.name = try container.decodeRequired(Swift.String.self, forKey: "name")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.id, forKey: "id")
            try container.encode(self.input, forKey: "input")
            try container.encode(self.name, forKey: "name")
            try GeneratedClientRuntime.UnionCoding.encodeTag("tool_use", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
