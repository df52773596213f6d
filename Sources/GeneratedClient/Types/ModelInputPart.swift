// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ModelInputPart`.
public enum ModelInputPart: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Message input to the model.
    case message(ModelInputPart.MessageModelInputPart)
    /// The model output from previous responses.
    case modelOutput(ModelOutput)
    /// The output of a function call.
    case functionCallOutput(FunctionToolCallOutput)
    /// The output of a shell call.
    case shellCallOutput(ShellCallOutput)
    /// A compaction item from a previous `/v1/responses/compact` call.
    case compaction(CompactionOutputItem)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "message", nil: self = .message(try ModelInputPart.MessageModelInputPart(from: decoder))
        case "function_call", "x_search_call", "reasoning", "web_search_call", "file_search_call", "code_interpreter_call", "mcp_call", "custom_tool_call", "shell_call": self = .modelOutput(try ModelOutput(from: decoder))
        case "function_call_output": self = .functionCallOutput(try FunctionToolCallOutput(from: decoder))
        case "shell_call_output": self = .shellCallOutput(try ShellCallOutput(from: decoder))
        case "compaction": self = .compaction(try CompactionOutputItem(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .message(let value):
            try value.encode(to: encoder)
        case .modelOutput(let value):
            try value.encode(to: encoder)
        case .functionCallOutput(let value):
            try value.encode(to: encoder)
        case .shellCallOutput(let value):
            try value.encode(to: encoder)
        case .compaction(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension ModelInputPart {
    /// Message input to the model.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelInputPart/oneOf/0`.
    public struct MessageModelInputPart: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Text, image or audio input.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelInputPart/oneOf/0/properties/content`.
        public var content: ModelInputContent
        /// A unique identifier representing your end-user, which can help xAI to monitor and detect abuse. Only supported for `user` messages.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelInputPart/oneOf/0/properties/name`.
        public var name: Swift.String?
        /// The role of the message. Possible values are `user`, `assistant`, `system` and `developer`.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelInputPart/oneOf/0/properties/role`.
        public var role: Swift.String
        /// The type of the message, which is always `message`.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelInputPart/oneOf/0/properties/type`.
        public var type: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["content", "name", "role", "type"])

        /// Creates a `MessageModelInputPart`.
        ///
        /// - Parameters:
        ///   - content: Text, image or audio input.
        ///   - name: A unique identifier representing your end-user, which can help xAI to monitor and detect abuse. Only supported for `user` messages.
        ///   - role: The role of the message. Possible values are `user`, `assistant`, `system` and `developer`.
        ///   - type: The type of the message, which is always `message`.
        public init(
            content: ModelInputContent,
            name: Swift.String? = nil,
            role: Swift.String,
            type: Swift.String? = nil,
        ) {
            self.content = content
            self.name = name
            self.role = role
            self.type = type
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.content = try container.decodeRequired(ModelInputContent.self, forKey: "content")
            self.name = try container.decodeIfPresent(Swift.String.self, forKey: "name")
            self.role = try container.decodeRequired(Swift.String.self, forKey: "role")
            self.type = try container.decodeIfPresent(Swift.String.self, forKey: "type")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.content, forKey: "content")
            try container.encodeIfPresent(self.name, forKey: "name")
            try container.encode(self.role, forKey: "role")
            try container.encodeIfPresent(self.type, forKey: "type")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
