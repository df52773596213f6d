// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// One part of a reasoning summary.
///
/// - Remark: Generated from `#/components/schemas/ReasoningSummaryPart`.
public struct ReasoningSummaryPart: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Always `summary_text`.
    ///
    /// - Remark: Generated from `#/components/schemas/ReasoningSummaryPart/properties/type`.
    public var type: Swift.String
    /// The text of the summary part (empty when the part is added).
    ///
    /// - Remark: Generated from `#/components/schemas/ReasoningSummaryPart/properties/text`.
    public var text: Swift.String?

    /// Creates a `ReasoningSummaryPart`.
    ///
    /// - Parameters:
    ///   - type: Always `summary_text`.
    ///   - text: The text of the summary part (empty when the part is added).
    public init(
        type: Swift.String,
        text: Swift.String? = nil,
    ) {
        self.type = type
        self.text = text
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.type = try container.decodeRequired(Swift.String.self, forKey: "type")
        self.text = try container.decodeIfPresent(Swift.String.self, forKey: "text")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.type, forKey: "type")
        try container.encodeIfPresent(self.text, forKey: "text")
    }
}
