// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Request message for `/v1/messages`
///
/// - Remark: Generated from `#/components/schemas/MessageRequest`.
public struct MessageRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The maximum number of tokens to generate before stopping. The model may stop before the max_tokens when it reaches the stop sequence.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageRequest/properties/max_tokens`.
    public var maxTokens: Swift.Int32?
    /// Input messages.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageRequest/properties/messages`.
    public var messages: [MessageBody]?
    /// An object describing metadata about the request.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageRequest/properties/metadata`.
    public var metadata: MessageMetadata?
    /// Model name for the model to use.
    ///
    /// - Example: `"latest"`.
    /// - Generated from `#/components/schemas/MessageRequest/properties/model`.
    public var model: Swift.String?
    /// (Not supported by reasoning models) Up to 4 sequences where the API will stop generating further tokens.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageRequest/properties/stop_sequences`.
    public var stopSequences: [Swift.String]?
    /// If set, partial message deltas will be sent. Tokens will be sent as data-only server-sent events as they become available, with the stream terminated by a `data: [DONE]` message.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageRequest/properties/stream`.
    public var stream: Swift.Bool?
    /// System prompt message for the model, defining how the model should behave to user messages.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageRequest/properties/system`.
    public var system: SystemMessageContent?
    /// What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. It may not work well with reasoning models.
    ///
    /// - Default: `1`.
    /// - Generated from `#/components/schemas/MessageRequest/properties/temperature`.
    public var temperature: Swift.Double?
    /// Controls which (if any) tool is called by the model. `"none"` means the model will not call any tool and instead generates a message. `"auto"` means the model can pick between generating a message or calling one or more tools. `"any"` means the model must call one or more tools. Specifying a particular tool via `{"type": "tool", "function": {"name": "get_weather"}}` forces the model to call that tool. `"none"` is the default when no tools are provided. `"auto"` is the default if tools are provided.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageRequest/properties/tool_choice`.
    public var toolChoice: MessageToolChoice?
    /// A list of tools the model may call in JSON-schema. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageRequest/properties/tools`.
    public var tools: [MessageTools]?
    /// (Unsupported) When generating next tokens, randomly selecting the next token from the k most likely options.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageRequest/properties/top_k`.
    public var topK: Swift.Int32?
    /// An alternative to sampling with `temperature`, called nucleus sampling, where the model considers the results of the tokens with `top_p` probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. It is generally recommended to alter this or `temperature` but not both.
    ///
    /// - Default: `1`.
    /// - Generated from `#/components/schemas/MessageRequest/properties/top_p`.
    public var topP: Swift.Double?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["max_tokens", "messages", "metadata", "model", "stop_sequences", "stream", "system", "temperature", "tool_choice", "tools", "top_k", "top_p"])

    /// Creates a `MessageRequest`.
    ///
    /// - Parameters:
    ///   - maxTokens: The maximum number of tokens to generate before stopping. The model may stop before the max_tokens when it reaches the stop sequence.
    ///   - messages: Input messages.
    ///   - metadata: An object describing metadata about the request.
    ///   - model: Model name for the model to use.
    ///   - stopSequences: (Not supported by reasoning models) Up to 4 sequences where the API will stop generating further tokens.
    ///   - stream: If set, partial message deltas will be sent. Tokens will be sent as data-only server-sent events as they become available, with the stream terminated by a `data: [DONE]` message.
    ///   - system: System prompt message for the model, defining how the model should behave to user messages.
    ///   - temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. It may not work well with reasoning models.
    ///   - toolChoice: Controls which (if any) tool is called by the model. `"none"` means the model will not call any tool and instead generates a message. `"auto"` means the model can pick between generating a message or calling one or more tools. `"any"` means the model must call one or more tools. Specifying a particular tool via `{"type": "tool", "function": {"name": "get_weather"}}` forces the model to call that tool. `"none"` is the default when no tools are provided. `"auto"` is the default if tools are provided.
    ///   - tools: A list of tools the model may call in JSON-schema. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported.
    ///   - topK: (Unsupported) When generating next tokens, randomly selecting the next token from the k most likely options.
    ///   - topP: An alternative to sampling with `temperature`, called nucleus sampling, where the model considers the results of the tokens with `top_p` probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. It is generally recommended to alter this or `temperature` but not both.
    public init(
        maxTokens: Swift.Int32? = nil,
        messages: [MessageBody]? = nil,
        metadata: MessageMetadata? = nil,
        model: Swift.String? = nil,
        stopSequences: [Swift.String]? = nil,
        stream: Swift.Bool? = nil,
        system: SystemMessageContent? = nil,
        temperature: Swift.Double? = nil,
        toolChoice: MessageToolChoice? = nil,
        tools: [MessageTools]? = nil,
        topK: Swift.Int32? = nil,
        topP: Swift.Double? = nil,
    ) {
        self.maxTokens = maxTokens
        self.messages = messages
        self.metadata = metadata
        self.model = model
        self.stopSequences = stopSequences
        self.stream = stream
        self.system = system
        self.temperature = temperature
        self.toolChoice = toolChoice
        self.tools = tools
        self.topK = topK
        self.topP = topP
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.maxTokens = try container.decodeIfPresent(Swift.Int32.self, forKey: "max_tokens")
        self.messages = try container.decodeIfPresent([MessageBody].self, forKey: "messages")
        self.metadata = try container.decodeIfPresent(MessageMetadata.self, forKey: "metadata")
        self.model = try container.decodeIfPresent(Swift.String.self, forKey: "model")
        self.stopSequences = try container.decodeIfPresent([Swift.String].self, forKey: "stop_sequences")
        self.stream = try container.decodeIfPresent(Swift.Bool.self, forKey: "stream")
        self.system = try container.decodeIfPresent(SystemMessageContent.self, forKey: "system")
        self.temperature = try container.decodeIfPresent(Swift.Double.self, forKey: "temperature")
        self.toolChoice = try container.decodeIfPresent(MessageToolChoice.self, forKey: "tool_choice")
        self.tools = try container.decodeIfPresent([MessageTools].self, forKey: "tools")
        self.topK = try container.decodeIfPresent(Swift.Int32.self, forKey: "top_k")
        self.topP = try container.decodeIfPresent(Swift.Double.self, forKey: "top_p")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.maxTokens, forKey: "max_tokens")
        try container.encodeIfPresent(self.messages, forKey: "messages")
        try container.encodeIfPresent(self.metadata, forKey: "metadata")
        try container.encodeIfPresent(self.model, forKey: "model")
        try container.encodeIfPresent(self.stopSequences, forKey: "stop_sequences")
        try container.encodeIfPresent(self.stream, forKey: "stream")
        try container.encodeIfPresent(self.system, forKey: "system")
        try container.encodeIfPresent(self.temperature, forKey: "temperature")
        try container.encodeIfPresent(self.toolChoice, forKey: "tool_choice")
        try container.encodeIfPresent(self.tools, forKey: "tools")
        try container.encodeIfPresent(self.topK, forKey: "top_k")
        try container.encodeIfPresent(self.topP, forKey: "top_p")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
