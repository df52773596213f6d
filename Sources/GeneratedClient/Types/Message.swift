// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Chat message objects.
///
/// - Remark: Generated from `#/components/schemas/Message`.
public enum Message: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// System message, usually instructions for the model to respond in a certain way.
    case system(Message.System)
    /// User message, typically request from user for the model to answer.
    case user(Message.User)
    /// Assistant role message, previous chat messages from the model.
    case assistant(Message.Assistant)
    /// Tool call role message, used to return function call result to the model.
    case tool(Message.ToolMessage)
    /// Function call role message. Deprecated in favor of `{"role": "tool"}`.
    case function(Message.FunctionMessage)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("role", in: decoder) {
        case "system": self = .system(try Message.System(from: decoder))
        case "user": self = .user(try Message.User(from: decoder))
        case "assistant": self = .assistant(try Message.Assistant(from: decoder))
        case "tool": self = .tool(try Message.ToolMessage(from: decoder))
        case "function": self = .function(try Message.FunctionMessage(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .system(let value):
            try value.encode(to: encoder)
        case .user(let value):
            try value.encode(to: encoder)
        case .assistant(let value):
            try value.encode(to: encoder)
        case .tool(let value):
            try value.encode(to: encoder)
        case .function(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension Message {
    /// System message, usually instructions for the model to respond in a certain way.
    ///
    /// - Remark: Generated from `#/components/schemas/Message/oneOf/0`.
    public struct System: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// System prompt content.
        ///
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/0/properties/content`.
        public var content: Content
        /// A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
        ///
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/0/properties/name`.
        public var name: Swift.String?
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/0/properties/role`.
        public var role: Swift.String { "system" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["content", "name", "role"])

        /// Creates a `System`.
        ///
        /// - Parameters:
        ///   - content: System prompt content.
        ///   - name: A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
        public init(
            content: Content,
            name: Swift.String? = nil,
        ) {
            self.content = content
            self.name = name
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.content = try container.decode(Content.self, forKey: "content")
            self.name = try container.decodeIfPresent(Swift.String.self, forKey: "name")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.content, forKey: "content")
            try container.encodeIfPresent(self.name, forKey: "name")
            try GeneratedClientRuntime.UnionCoding.encodeTag("system", as: "role", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension Message {
    /// User message, typically request from user for the model to answer.
    ///
    /// - Remark: Generated from `#/components/schemas/Message/oneOf/1`.
    public struct User: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// System prompt content.
        ///
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/1/properties/content`.
        public var content: Content
        /// A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
        ///
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/1/properties/name`.
        public var name: Swift.String?
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/1/properties/role`.
        public var role: Swift.String { "user" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["content", "name", "role"])

        /// Creates an `User`.
        ///
        /// - Parameters:
        ///   - content: System prompt content.
        ///   - name: A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
        public init(
            content: Content,
            name: Swift.String? = nil,
        ) {
            self.content = content
            self.name = name
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.content = try container.decode(Content.self, forKey: "content")
            self.name = try container.decodeIfPresent(Swift.String.self, forKey: "name")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.content, forKey: "content")
            try container.encodeIfPresent(self.name, forKey: "name")
            try GeneratedClientRuntime.UnionCoding.encodeTag("user", as: "role", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension Message {
    /// Assistant role message, previous chat messages from the model.
    ///
    /// - Remark: Generated from `#/components/schemas/Message/oneOf/2`.
    public struct Assistant: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Assistant prompt content.
        ///
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/2/properties/content`.
        public var content: Content?
        /// A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
        ///
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/2/properties/name`.
        public var name: Swift.String?
        /// Assistant reasoning content.
        ///
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/2/properties/reasoning_content`.
        public var reasoningContent: Swift.String?
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/2/properties/role`.
        public var role: Swift.String { "assistant" }
        /// An array of tool calls available to the model on your machine.
        ///
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/2/properties/tool_calls`.
        public var toolCalls: [ToolCall]?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["content", "name", "reasoning_content", "role", "tool_calls"])

        /// Creates an `Assistant`.
        ///
        /// - Parameters:
        ///   - content: Assistant prompt content.
        ///   - name: A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
        ///   - reasoningContent: Assistant reasoning content.
        ///   - toolCalls: An array of tool calls available to the model on your machine.
        public init(
            content: Content? = nil,
            name: Swift.String? = nil,
            reasoningContent: Swift.String? = nil,
            toolCalls: [ToolCall]? = nil,
        ) {
            self.content = content
            self.name = name
            self.reasoningContent = reasoningContent
            self.toolCalls = toolCalls
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.content = try container.decodeIfPresent(Content.self, forKey: "content")
            self.name = try container.decodeIfPresent(Swift.String.self, forKey: "name")
            self.reasoningContent = try container.decodeIfPresent(Swift.String.self, forKey: "reasoning_content")
            self.toolCalls = try container.decodeIfPresent([ToolCall].self, forKey: "tool_calls")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.content, forKey: "content")
            try container.encodeIfPresent(self.name, forKey: "name")
            try container.encodeIfPresent(self.reasoningContent, forKey: "reasoning_content")
            try GeneratedClientRuntime.UnionCoding.encodeTag("assistant", as: "role", to: encoder)
            try container.encodeIfPresent(self.toolCalls, forKey: "tool_calls")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension Message {
    /// Tool call role message, used to return function call result to the model.
    ///
    /// - Remark: Generated from `#/components/schemas/Message/oneOf/3`.
    public struct ToolMessage: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Content of the tool call result.
        ///
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/3/properties/content`.
        public var content: Content
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/3/properties/role`.
        public var role: Swift.String { "tool" }
        /// The ID of the tool call received from assistant message response.
        ///
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/3/properties/tool_call_id`.
        public var toolCallID: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["content", "role", "tool_call_id"])

        /// Creates a `ToolMessage`.
        ///
        /// - Parameters:
        ///   - content: Content of the tool call result.
        ///   - toolCallID: The ID of the tool call received from assistant message response.
        public init(
            content: Content,
            toolCallID: Swift.String? = nil,
        ) {
            self.content = content
            self.toolCallID = toolCallID
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.content = try container.decode(Content.self, forKey: "content")
            self.toolCallID = try container.decodeIfPresent(Swift.String.self, forKey: "tool_call_id")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.content, forKey: "content")
            try GeneratedClientRuntime.UnionCoding.encodeTag("tool", as: "role", to: encoder)
            try container.encodeIfPresent(self.toolCallID, forKey: "tool_call_id")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension Message {
    /// Function call role message. Deprecated in favor of `{"role": "tool"}`.
    ///
    /// - Remark: Generated from `#/components/schemas/Message/oneOf/4`.
    public struct FunctionMessage: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Content of the tool call result.
        ///
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/4/properties/content`.
        public var content: Content
        /// A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
        ///
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/4/properties/name`.
        public var name: Swift.String?
        /// - Remark: Generated from `#/components/schemas/Message/oneOf/4/properties/role`.
        public var role: Swift.String { "function" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["content", "name", "role"])

        /// Creates a `FunctionMessage`.
        ///
        /// - Parameters:
        ///   - content: Content of the tool call result.
        ///   - name: A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
        public init(
            content: Content,
            name: Swift.String? = nil,
        ) {
            self.content = content
            self.name = name
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.content = try container.decode(Content.self, forKey: "content")
            self.name = try container.decodeIfPresent(Swift.String.self, forKey: "name")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.content, forKey: "content")
            try container.encodeIfPresent(self.name, forKey: "name")
            try GeneratedClientRuntime.UnionCoding.encodeTag("function", as: "role", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
