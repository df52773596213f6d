// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
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
}
