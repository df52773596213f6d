// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/WebSearchOptions`.
public struct WebSearchOptions: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Only included for compatibility.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchOptions/properties/filters`.
    public var filters: GeneratedClientRuntime.JSONValue?
    /// This field included for compatibility reason with OpenAI's API. It is mapped to `max_search`.
    ///
    /// - Default: `"medium"`.
    /// - Example: `"medium"`.
    /// - Generated from `#/components/schemas/WebSearchOptions/properties/search_context_size`.
    public var searchContextSize: Swift.String?
    /// Only included for compatibility.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchOptions/properties/user_location`.
    public var userLocation: GeneratedClientRuntime.JSONValue?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["filters", "search_context_size", "user_location"])

    /// Creates a `WebSearchOptions`.
    ///
    /// - Parameters:
    ///   - filters: Only included for compatibility.
    ///   - searchContextSize: This field included for compatibility reason with OpenAI's API. It is mapped to `max_search`.
    ///   - userLocation: Only included for compatibility.
    public init(
        filters: GeneratedClientRuntime.JSONValue? = nil,
        searchContextSize: Swift.String? = nil,
        userLocation: GeneratedClientRuntime.JSONValue? = nil,
    ) {
        self.filters = filters
        self.searchContextSize = searchContextSize
        self.userLocation = userLocation
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.filters = try container.decodeIfPresent(GeneratedClientRuntime.JSONValue.self, forKey: "filters")
        self.searchContextSize = try container.decodeIfPresent(Swift.String.self, forKey: "search_context_size")
        self.userLocation = try container.decodeIfPresent(GeneratedClientRuntime.JSONValue.self, forKey: "user_location")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.filters, forKey: "filters")
        try container.encodeIfPresent(self.searchContextSize, forKey: "search_context_size")
        try container.encodeIfPresent(self.userLocation, forKey: "user_location")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
