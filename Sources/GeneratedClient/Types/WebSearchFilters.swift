// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/WebSearchFilters`.
public struct WebSearchFilters: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// List of website domains (without protocol specification or subdomains)
    /// to restrict search results to (e.g., ["example.com"]). A maximum of 5 websites can be allowed.
    /// Use this as a whitelist to limit results to only these specific sites; no other websites will
    /// be considered. If no relevant information is found on these websites, the number of results
    /// returned might be smaller than `max_search_results` set in `SearchParameters`. Note: This
    /// parameter cannot be set together with `excluded_domains`.
    ///
    /// - Example: `["example.com"]`.
    /// - Generated from `#/components/schemas/WebSearchFilters/properties/allowed_domains`.
    public var allowedDomains: [Swift.String]?
    /// List of website domains (without protocol specification or subdomains) to exclude from search results (e.g., ["example.com"]).
    /// Use this to prevent results from unwanted sites. A maximum of 5 websites can be excluded.
    /// This parameter cannot be set together with `allowed_domains`.
    ///
    /// - Example: `["example.com"]`.
    /// - Generated from `#/components/schemas/WebSearchFilters/properties/excluded_domains`.
    public var excludedDomains: [Swift.String]?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["allowed_domains", "excluded_domains"])

    /// Creates a `WebSearchFilters`.
    ///
    /// - Parameters:
    ///   - allowedDomains: List of website domains (without protocol specification or subdomains)
    ///   - excludedDomains: List of website domains (without protocol specification or subdomains) to exclude from search results (e.g., ["example.com"]).
    public init(
        allowedDomains: [Swift.String]? = nil,
        excludedDomains: [Swift.String]? = nil,
    ) {
        self.allowedDomains = allowedDomains
        self.excludedDomains = excludedDomains
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.allowedDomains = try container.decodeIfPresent([Swift.String].self, forKey: "allowed_domains")
        self.excludedDomains = try container.decodeIfPresent([Swift.String].self, forKey: "excluded_domains")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.allowedDomains, forKey: "allowed_domains")
        try container.encodeIfPresent(self.excludedDomains, forKey: "excluded_domains")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
