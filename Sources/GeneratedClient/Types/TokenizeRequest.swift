// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
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

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.model = try container.decodeIfPresent(Swift.String.self, forKey: "model")
        self.text = try container.decodeIfPresent(Swift.String.self, forKey: "text")
        self.user = try container.decodeIfPresent(Swift.String.self, forKey: "user")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.model, forKey: "model")
        try container.encodeIfPresent(self.text, forKey: "text")
        try container.encodeIfPresent(self.user, forKey: "user")
    }
}
