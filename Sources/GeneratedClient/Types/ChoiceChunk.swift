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
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.delta, forKey: "delta")
        try container.encodeIfPresent(self.finishReason, forKey: "finish_reason")
        try container.encode(self.index, forKey: "index")
        try container.encodeIfPresent(self.logprobs, forKey: "logprobs")
    }
}
