// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ChoiceChunk`.
public struct ChoiceChunk: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Additional difference (delta) of the result.
    ///
    /// - Remark: Generated from `#/components/schemas/ChoiceChunk/properties/delta`.
    public var delta: Delta
    /// Finish reason. `"stop"` means the inference has reached a model-defined or user-supplied stop sequence in `stop`. `"length"` means the inference result has reached models' maximum allowed token length or user defined value in `max_tokens`. `"end_turn"` or `null` in streaming mode when the chunk is not the last.
    ///
    /// - Remark: Generated from `#/components/schemas/ChoiceChunk/properties/finish_reason`.
    public var finishReason: Swift.String?
    /// Index of the choice.
    ///
    /// - Remark: Generated from `#/components/schemas/ChoiceChunk/properties/index`.
    public var index: Swift.Int32
    /// The log probabilities of each output token returned in the content of message.
    ///
    /// - Remark: Generated from `#/components/schemas/ChoiceChunk/properties/logprobs`.
    public var logprobs: LogProbs?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["delta", "finish_reason", "index", "logprobs"])

    /// Creates a `ChoiceChunk`.
    ///
    /// - Parameters:
    ///   - delta: Additional difference (delta) of the result.
    ///   - finishReason: Finish reason. `"stop"` means the inference has reached a model-defined or user-supplied stop sequence in `stop`. `"length"` means the inference result has reached models' maximum allowed token length or user defined value in `max_tokens`. `"end_turn"` or `null` in streaming mode when the chunk is not the last.
    ///   - index: Index of the choice.
    ///   - logprobs: The log probabilities of each output token returned in the content of message.
    public init(
        delta: Delta,
        finishReason: Swift.String? = nil,
        index: Swift.Int32,
        logprobs: LogProbs? = nil,
    ) {
        self.delta = delta
        self.finishReason = finishReason
        self.index = index
        self.logprobs = logprobs
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.delta = try container.decodeRequired(Delta.self, forKey: "delta")
        self.finishReason = try container.decodeIfPresent(Swift.String.self, forKey: "finish_reason")
        self.index = try container.decodeRequired(Swift.Int32.self, forKey: "index")
        self.logprobs = try container.decodeIfPresent(LogProbs.self, forKey: "logprobs")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.delta, forKey: "delta")
        try container.encodeIfPresent(self.finishReason, forKey: "finish_reason")
        try container.encode(self.index, forKey: "index")
        try container.encodeIfPresent(self.logprobs, forKey: "logprobs")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
