// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ReasoningText`.
public struct ReasoningText: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Reasoning done by the model.
    ///
    /// - Remark: Generated from `#/components/schemas/ReasoningText/properties/text`.
    public var text: Swift.String
    /// The type of the object, which is always `reasoning_text`.
    ///
    /// - Remark: Generated from `#/components/schemas/ReasoningText/properties/type`.
    public var type: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["text", "type"])

    /// Creates a `ReasoningText`.
    ///
    /// - Parameters:
    ///   - text: Reasoning done by the model.
    ///   - type: The type of the object, which is always `reasoning_text`.
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
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.text, forKey: "text")
        try container.encode(self.type, forKey: "type")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
