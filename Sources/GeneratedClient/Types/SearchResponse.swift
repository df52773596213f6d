// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// SearchResponse defines the response to a search request.
///
/// - Remark: Generated from `#/components/schemas/SearchResponse`.
public struct SearchResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The search matches.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchResponse/properties/matches`.
    public var matches: [SearchMatch]
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["matches"])

    /// Creates a `SearchResponse`.
    ///
    /// - Parameters:
    ///   - matches: The search matches.
    public init(
        matches: [SearchMatch],
    ) {
        self.matches = matches
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.matches = try container.decodeRequired([SearchMatch].self, forKey: "matches")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.matches, forKey: "matches")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
