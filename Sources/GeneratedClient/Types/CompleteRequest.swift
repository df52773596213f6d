// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// (Legacy) Anthropic compatible complete request on `/v1/complete` endpoint.
///
/// - Remark: Generated from `#/components/schemas/CompleteRequest`.
public struct CompleteRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The maximum number of tokens to generate before stopping.
    ///
    /// - Remark: Generated from `#/components/schemas/CompleteRequest/properties/max_tokens_to_sample`.
    public var maxTokensToSample: Swift.Int32
    /// An object describing metadata about the request.
    ///
    /// - Remark: Generated from `#/components/schemas/CompleteRequest/properties/metadata`.
    public var metadata: MessageMetadata?
    /// Model to use for completion.
    ///
    /// - Remark: Generated from `#/components/schemas/CompleteRequest/properties/model`.
    public var model: Swift.String
    /// Prompt for the model to perform completion on.
    ///
    /// - Remark: Generated from `#/components/schemas/CompleteRequest/properties/prompt`.
    public var prompt: Swift.String
    /// (Not supported by reasoning models) Up to 4 sequences where the API will stop generating further tokens.
    ///
    /// - Remark: Generated from `#/components/schemas/CompleteRequest/properties/stop_sequences`.
    public var stopSequences: [Swift.String]?
    /// (Unsupported) If set, partial message deltas will be sent. Tokens will be sent as data-only server-sent events as they become available, with the stream terminated by a `data: [DONE]` message.
    ///
    /// - Remark: Generated from `#/components/schemas/CompleteRequest/properties/stream`.
    public var stream: Swift.Bool?
    /// What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    ///
    /// - Default: `1`.
    /// - Example: `0.2`.
    /// - Generated from `#/components/schemas/CompleteRequest/properties/temperature`.
    public var temperature: Swift.Double?
    /// (Unsupported) When generating next tokens, randomly selecting the next token from the k most likely options.
    ///
    /// - Remark: Generated from `#/components/schemas/CompleteRequest/properties/top_k`.
    public var topK: Swift.Int32?
    /// An alternative to sampling with `temperature`, called nucleus sampling, where the model considers the results of the tokens with `top_p` probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. It is generally recommended to alter this or `temperature` but not both.
    ///
    /// - Default: `1`.
    /// - Generated from `#/components/schemas/CompleteRequest/properties/top_p`.
    public var topP: Swift.Double?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["max_tokens_to_sample", "metadata", "model", "prompt", "stop_sequences", "stream", "temperature", "top_k", "top_p"])

    /// Creates a `CompleteRequest`.
    ///
    /// - Parameters:
    ///   - maxTokensToSample: The maximum number of tokens to generate before stopping.
    ///   - metadata: An object describing metadata about the request.
    ///   - model: Model to use for completion.
    ///   - prompt: Prompt for the model to perform completion on.
    ///   - stopSequences: (Not supported by reasoning models) Up to 4 sequences where the API will stop generating further tokens.
    ///   - stream: (Unsupported) If set, partial message deltas will be sent. Tokens will be sent as data-only server-sent events as they become available, with the stream terminated by a `data: [DONE]` message.
    ///   - temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    ///   - topK: (Unsupported) When generating next tokens, randomly selecting the next token from the k most likely options.
    ///   - topP: An alternative to sampling with `temperature`, called nucleus sampling, where the model considers the results of the tokens with `top_p` probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. It is generally recommended to alter this or `temperature` but not both.
    public init(
        maxTokensToSample: Swift.Int32,
        metadata: MessageMetadata? = nil,
        model: Swift.String,
        prompt: Swift.String,
        stopSequences: [Swift.String]? = nil,
        stream: Swift.Bool? = nil,
        temperature: Swift.Double? = nil,
        topK: Swift.Int32? = nil,
        topP: Swift.Double? = nil,
    ) {
        self.maxTokensToSample = maxTokensToSample
        self.metadata = metadata
        self.model = model
        self.prompt = prompt
        self.stopSequences = stopSequences
        self.stream = stream
        self.temperature = temperature
        self.topK = topK
        self.topP = topP
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.maxTokensToSample = try container.decode(Swift.Int32.self, forKey: "max_tokens_to_sample")
        self.metadata = try container.decodeIfPresent(MessageMetadata.self, forKey: "metadata")
        self.model = try container.decode(Swift.String.self, forKey: "model")
        self.prompt = try container.decode(Swift.String.self, forKey: "prompt")
        self.stopSequences = try container.decodeIfPresent([Swift.String].self, forKey: "stop_sequences")
        self.stream = try container.decodeIfPresent(Swift.Bool.self, forKey: "stream")
        self.temperature = try container.decodeIfPresent(Swift.Double.self, forKey: "temperature")
        self.topK = try container.decodeIfPresent(Swift.Int32.self, forKey: "top_k")
        self.topP = try container.decodeIfPresent(Swift.Double.self, forKey: "top_p")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.maxTokensToSample, forKey: "max_tokens_to_sample")
        try container.encodeIfPresent(self.metadata, forKey: "metadata")
        try container.encode(self.model, forKey: "model")
        try container.encode(self.prompt, forKey: "prompt")
        try container.encodeIfPresent(self.stopSequences, forKey: "stop_sequences")
        try container.encodeIfPresent(self.stream, forKey: "stream")
        try container.encodeIfPresent(self.temperature, forKey: "temperature")
        try container.encodeIfPresent(self.topK, forKey: "top_k")
        try container.encodeIfPresent(self.topP, forKey: "top_p")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
