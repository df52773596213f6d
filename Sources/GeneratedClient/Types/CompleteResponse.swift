// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// (Legacy) Anthropic compatible complete response on `/v1/complete` endpoint.
///
/// - Remark: Generated from `#/components/schemas/CompleteResponse`.
public struct CompleteResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The completion content up to and excluding stop sequences.
    ///
    /// - Remark: Generated from `#/components/schemas/CompleteResponse/properties/completion`.
    public var completion: Swift.String
    /// ID of the completion response.
    ///
    /// - Remark: Generated from `#/components/schemas/CompleteResponse/properties/id`.
    public var id: Swift.String
    /// The model that handled the request.
    ///
    /// - Remark: Generated from `#/components/schemas/CompleteResponse/properties/model`.
    public var model: Swift.String
    /// The reason to stop completion. `"stop_sequence"` means the inference has reached a model-defined or user-supplied stop sequence in `stop`. `"length"` means the inference result has reached models' maximum allowed token length or user defined value in `max_tokens`. `"end_turn"` or `null` in streaming mode when the chunk is not the last.
    ///
    /// - Remark: Generated from `#/components/schemas/CompleteResponse/properties/stop_reason`.
    public var stopReason: Swift.String?
    /// Completion response object type. This is always `"completion"`.
    ///
    /// - Remark: Generated from `#/components/schemas/CompleteResponse/properties/type`.
    public var type: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["completion", "id", "model", "stop_reason", "type"])

    /// Creates a `CompleteResponse`.
    ///
    /// - Parameters:
    ///   - completion: The completion content up to and excluding stop sequences.
    ///   - id: ID of the completion response.
    ///   - model: The model that handled the request.
    ///   - stopReason: The reason to stop completion. `"stop_sequence"` means the inference has reached a model-defined or user-supplied stop sequence in `stop`. `"length"` means the inference result has reached models' maximum allowed token length or user defined value in `max_tokens`. `"end_turn"` or `null` in streaming mode when the chunk is not the last.
    ///   - type: Completion response object type. This is always `"completion"`.
    public init(
        completion: Swift.String,
        id: Swift.String,
        model: Swift.String,
        stopReason: Swift.String? = nil,
        type: Swift.String,
    ) {
        self.completion = completion
        self.id = id
        self.model = model
        self.stopReason = stopReason
        self.type = type
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.completion = try container.decodeRequired(Swift.String.self, forKey: "completion")
        self.id = try container.decodeRequired(Swift.String.self, forKey: "id")
        self.model = try container.decodeRequired(Swift.String.self, forKey: "model")
        self.stopReason = try container.decodeIfPresent(Swift.String.self, forKey: "stop_reason")
        self.type = try container.decodeRequired(Swift.String.self, forKey: "type")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.completion, forKey: "completion")
        try container.encode(self.id, forKey: "id")
        try container.encode(self.model, forKey: "model")
        try container.encodeIfPresent(self.stopReason, forKey: "stop_reason")
        try container.encode(self.type, forKey: "type")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
