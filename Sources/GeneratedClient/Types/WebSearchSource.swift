// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/WebSearchSource`.
public struct WebSearchSource: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The type of source.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchSource/properties/type`.
    public var type: Swift.String
    /// The URL of the source.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchSource/properties/url`.
    public var url: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "url"])

    /// Creates a `WebSearchSource`.
    ///
    /// - Parameters:
    ///   - type: The type of source.
    ///   - url: The URL of the source.
    public init(
        type: Swift.String,
        url: Swift.String? = nil,
    ) {
        self.type = type
        self.url = url
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.type = try container.decodeRequired(Swift.String.self, forKey: "type")
        self.url = try container.decodeIfPresent(Swift.String.self, forKey: "url")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.type, forKey: "type")
        try container.encodeIfPresent(self.url, forKey: "url")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
