// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/SummaryText`.
public struct SummaryText: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Summary of the reasoning done by the model.
    ///
    /// - Remark: Generated from `#/components/schemas/SummaryText/properties/text`.
    public var text: Swift.String
    /// The type of the object, which is always `summary_text`.
    ///
    /// - Remark: Generated from `#/components/schemas/SummaryText/properties/type`.
    public var type: Swift.String

    /// Creates a `SummaryText`.
    ///
    /// - Parameters:
    ///   - text: Summary of the reasoning done by the model.
    ///   - type: The type of the object, which is always `summary_text`.
    public init(
        text: Swift.String,
        type: Swift.String,
    ) {
        self.text = text
        self.type = type
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.text = try container.decodeRequired(Swift.String.self, forKey: "text")
        self.type = try container.decodeRequired(Swift.String.self, forKey: "type")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.text, forKey: "text")
        try container.encode(self.type, forKey: "type")
    }
}
