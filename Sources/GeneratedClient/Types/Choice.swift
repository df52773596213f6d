// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Choice`.
public struct Choice: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Finish reason. `"stop"` means the inference has reached a model-defined or user-supplied stop sequence in `stop`. `"length"` means the inference result has reached models' maximum allowed token length or user defined value in `max_tokens`. `"end_turn"` or `null` in streaming mode when the chunk is not the last.
    ///
    /// - Remark: Generated from `#/components/schemas/Choice/properties/finish_reason`.
    public var finishReason: Swift.String?
    /// Index of the choice within the response choices, starting from 0.
    ///
    /// - Remark: Generated from `#/components/schemas/Choice/properties/index`.
    public var index: Swift.Int32
    /// The log probabilities of each output token returned in the content of message.
    ///
    /// - Remark: Generated from `#/components/schemas/Choice/properties/logprobs`.
    public var logprobs: LogProbs?
    /// The generated chat completion message.
    ///
    /// - Remark: Generated from `#/components/schemas/Choice/properties/message`.
    public var message: ChoiceMessage
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["finish_reason", "index", "logprobs", "message"])

    /// Creates a `Choice`.
    ///
    /// - Parameters:
    ///   - finishReason: Finish reason. `"stop"` means the inference has reached a model-defined or user-supplied stop sequence in `stop`. `"length"` means the inference result has reached models' maximum allowed token length or user defined value in `max_tokens`. `"end_turn"` or `null` in streaming mode when the chunk is not the last.
    ///   - index: Index of the choice within the response choices, starting from 0.
    ///   - logprobs: The log probabilities of each output token returned in the content of message.
    ///   - message: The generated chat completion message.
    public init(
        finishReason: Swift.String? = nil,
        index: Swift.Int32,
        logprobs: LogProbs? = nil,
        message: ChoiceMessage,
    ) {
        self.finishReason = finishReason
        self.index = index
        self.logprobs = logprobs
        self.message = message
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.finishReason = try container.decodeIfPresent(Swift.String.self, forKey: "finish_reason")
        self.index = try container.decodeRequired(Swift.Int32.self, forKey: "index")
        self.logprobs = try container.decodeIfPresent(LogProbs.self, forKey: "logprobs")
        self.message = try container.decodeRequired(ChoiceMessage.self, forKey: "message")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.finishReason, forKey: "finish_reason")
        try container.encode(self.index, forKey: "index")
        try container.encodeIfPresent(self.logprobs, forKey: "logprobs")
        try container.encode(self.message, forKey: "message")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
