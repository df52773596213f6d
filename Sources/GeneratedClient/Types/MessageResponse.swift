// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Response message for `/v1/messages`
///
/// - Remark: Generated from `#/components/schemas/MessageResponse`.
public struct MessageResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Response message content.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageResponse/properties/content`.
    public var content: [MessageResponseContent]
    /// Unique object identifier.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageResponse/properties/id`.
    public var id: Swift.String
    /// Model name that handled the request.
    ///
    /// - Example: `"latest"`.
    /// - Generated from `#/components/schemas/MessageResponse/properties/model`.
    public var model: Swift.String
    /// Role of the generated message. Always `"assistant"`
    ///
    /// - Remark: Generated from `#/components/schemas/MessageResponse/properties/role`.
    public var role: Swift.String
    /// Reason to stop. `"stop_sequence"` means the inference has reached a model-defined or user-supplied stop sequence in `stop`. `"max_tokens"` means the inference result has reached models' maximum allowed token length or user defined value in `max_tokens`. `"end_turn"` or `null` in streaming mode when the chunk is not the last. `"tool_use"` means the model has called a tool and is waiting for the tool response.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageResponse/properties/stop_reason`.
    public var stopReason: Swift.String?
    /// Custom stop sequence used to stop the generation.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageResponse/properties/stop_sequence`.
    public var stopSequence: Swift.String?
    /// Object type. This is always `"message"` for message types.
    ///
    /// - Example: `"message"`.
    /// - Generated from `#/components/schemas/MessageResponse/properties/type`.
    public var type: Swift.String
    /// Token usage information.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageResponse/properties/usage`.
    public var usage: MessageUsage
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["content", "id", "model", "role", "stop_reason", "stop_sequence", "type", "usage"])

    /// Creates a `MessageResponse`.
    ///
    /// - Parameters:
    ///   - content: Response message content.
    ///   - id: Unique object identifier.
    ///   - model: Model name that handled the request.
    ///   - role: Role of the generated message. Always `"assistant"`
    ///   - stopReason: Reason to stop. `"stop_sequence"` means the inference has reached a model-defined or user-supplied stop sequence in `stop`. `"max_tokens"` means the inference result has reached models' maximum allowed token length or user defined value in `max_tokens`. `"end_turn"` or `null` in streaming mode when the chunk is not the last. `"tool_use"` means the model has called a tool and is waiting for the tool response.
    ///   - stopSequence: Custom stop sequence used to stop the generation.
    ///   - type: Object type. This is always `"message"` for message types.
    ///   - usage: Token usage information.
    public init(
        content: [MessageResponseContent],
        id: Swift.String,
        model: Swift.String,
        role: Swift.String,
        stopReason: Swift.String? = nil,
        stopSequence: Swift.String? = nil,
        type: Swift.String,
        usage: MessageUsage,
    ) {
        self.content = content
        self.id = id
        self.model = model
        self.role = role
        self.stopReason = stopReason
        self.stopSequence = stopSequence
        self.type = type
        self.usage = usage
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.content = try container.decodeRequired([MessageResponseContent].self, forKey: "content")
        self.id = try container.decodeRequired(Swift.String.self, forKey: "id")
        self.model = try container.decodeRequired(Swift.String.self, forKey: "model")
        self.role = try container.decodeRequired(Swift.String.self, forKey: "role")
        self.stopReason = try container.decodeIfPresent(Swift.String.self, forKey: "stop_reason")
        self.stopSequence = try container.decodeIfPresent(Swift.String.self, forKey: "stop_sequence")
        self.type = try container.decodeRequired(Swift.String.self, forKey: "type")
        self.usage = try container.decodeRequired(MessageUsage.self, forKey: "usage")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.content, forKey: "content")
        try container.encode(self.id, forKey: "id")
        try container.encode(self.model, forKey: "model")
        try container.encode(self.role, forKey: "role")
        try container.encodeIfPresent(self.stopReason, forKey: "stop_reason")
        try container.encodeIfPresent(self.stopSequence, forKey: "stop_sequence")
        try container.encode(self.type, forKey: "type")
        try container.encode(self.usage, forKey: "usage")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
