// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/TokenizeRequest`.
public struct TokenizeRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The model to tokenize with.
    ///
    /// - Remark: Generated from `#/components/schemas/TokenizeRequest/properties/model`.
    public var model: Swift.String?
    /// The text content to be tokenized.
    ///
    /// - Remark: Generated from `#/components/schemas/TokenizeRequest/properties/text`.
    public var text: Swift.String?
    /// Optional user identifier.
    ///
    /// - Remark: Generated from `#/components/schemas/TokenizeRequest/properties/user`.
    public var user: Swift.String?

    /// Creates a `TokenizeRequest`.
    ///
    /// - Parameters:
    ///   - model: The model to tokenize with.
    ///   - text: The text content to be tokenized.
    ///   - user: Optional user identifier.
    public init(
        model: Swift.String? = nil,
        text: Swift.String? = nil,
        user: Swift.String? = nil,
    ) {
        self.model = model
        self.text = text
        self.user = user
    }
}
