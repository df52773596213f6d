// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Anthropic compatible message body
///
/// - Remark: Generated from `#/components/schemas/MessageBody`.
public struct MessageBody: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The content message.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageBody/properties/content`.
    public var content: MessageContent
    /// The role that the message belongs to, `"system"` for system prompt, `"user"` for user prompt, and `"assistant"` for response from the model.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageBody/properties/role`.
    public var role: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["content", "role"])

    /// Creates a `MessageBody`.
    ///
    /// - Parameters:
    ///   - content: The content message.
    ///   - role: The role that the message belongs to, `"system"` for system prompt, `"user"` for user prompt, and `"assistant"` for response from the model.
    public init(
        content: MessageContent,
        role: Swift.String,
    ) {
        self.content = content
        self.role = role
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.content = try container.decode(MessageContent.self, forKey: "content")
        self.role = try container.decode(Swift.String.self, forKey: "role")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.content, forKey: "content")
        try container.encode(self.role, forKey: "role")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
