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
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["model", "text", "user"])

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
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.model, forKey: "model")
        try container.encodeIfPresent(self.text, forKey: "text")
        try container.encodeIfPresent(self.user, forKey: "user")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
