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
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "text"])

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
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.type, forKey: "type")
        try container.encodeIfPresent(self.text, forKey: "text")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
