// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The API request, under its kind.
///
/// - Remark: Generated from `#/components/schemas/BatchRequestBody`.
public struct BatchRequestBody: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/BatchRequestBody/properties/chat_get_completion`.
    public var chatGetCompletion: ChatRequest?
    /// The object's other keys and their values (`additionalProperties`).
    public var additionalProperties: [Swift.String: GeneratedClientRuntime.JSONValue]

    /// Creates a `BatchRequestBody`.
    ///
    /// - Parameters:
    ///   - chatGetCompletion: The `chat_get_completion` value.
    ///   - additionalProperties: The object's other keys and their values.
    public init(
        chatGetCompletion: ChatRequest? = nil,
        additionalProperties: [Swift.String: GeneratedClientRuntime.JSONValue] = [:],
    ) {
        self.chatGetCompletion = chatGetCompletion
        self.additionalProperties = additionalProperties
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.chatGetCompletion = try container.decodeIfPresent(ChatRequest.self, forKey: "chat_get_completion")
        self.additionalProperties = try GeneratedClientRuntime.AdditionalProperties.decode(GeneratedClientRuntime.JSONValue.self, from: decoder, excluding: ["chat_get_completion"])
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.chatGetCompletion, forKey: "chat_get_completion")
        try GeneratedClientRuntime.AdditionalProperties.encode(self.additionalProperties, to: encoder)
    }
}
