// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Parameters to control realtime data.
///
/// - Remark: Generated from `#/components/schemas/SearchParameters`.
public struct SearchParameters: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Date from which to consider the results in ISO-8601 YYYY-MM-DD. See
    /// .
    ///
    /// - Example: `"2024-06-24"`.
    /// - Generated from `#/components/schemas/SearchParameters/properties/from_date`.
    public var fromDate: Swift.String?
    /// Maximum number of search results to use.
    ///
    /// - Default: `15`.
    /// - Generated from `#/components/schemas/SearchParameters/properties/max_search_results`.
    public var maxSearchResults: Swift.Int32?
    /// Choose the mode to query realtime data:
    /// * `off`: no search performed and no external will be considered.
    /// * `on` (default): the model will search in every sources for relevant data.
    /// * `auto`: the model choose whether to search data or not and where to search the data.
    ///
    /// - Default: `"auto"`.
    /// - Example: `"auto"`.
    /// - Generated from `#/components/schemas/SearchParameters/properties/mode`.
    public var mode: Swift.String?
    /// Whether to return citations in the response or not.
    ///
    /// - Default: `true`.
    /// - Generated from `#/components/schemas/SearchParameters/properties/return_citations`.
    public var returnCitations: Swift.Bool?
    /// List of sources to search in. If no sources specified, the model will look over the web and X by default.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchParameters/properties/sources`.
    public var sources: [SearchSource]?
    /// Date up to which to consider the results in ISO-8601 YYYY-MM-DD. See
    /// .
    ///
    /// - Example: `"2024-12-24"`.
    /// - Generated from `#/components/schemas/SearchParameters/properties/to_date`.
    public var toDate: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["from_date", "max_search_results", "mode", "return_citations", "sources", "to_date"])

    /// Creates a `SearchParameters`.
    ///
    /// - Parameters:
    ///   - fromDate: Date from which to consider the results in ISO-8601 YYYY-MM-DD. See
    ///   - maxSearchResults: Maximum number of search results to use.
    ///   - mode: Choose the mode to query realtime data:
    ///   - returnCitations: Whether to return citations in the response or not.
    ///   - sources: List of sources to search in. If no sources specified, the model will look over the web and X by default.
    ///   - toDate: Date up to which to consider the results in ISO-8601 YYYY-MM-DD. See
    public init(
        fromDate: Swift.String? = nil,
        maxSearchResults: Swift.Int32? = nil,
        mode: Swift.String? = nil,
        returnCitations: Swift.Bool? = nil,
        sources: [SearchSource]? = nil,
        toDate: Swift.String? = nil,
    ) {
        self.fromDate = fromDate
        self.maxSearchResults = maxSearchResults
        self.mode = mode
        self.returnCitations = returnCitations
        self.sources = sources
        self.toDate = toDate
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.fromDate = try container.decodeIfPresent(Swift.String.self, forKey: "from_date")
        self.maxSearchResults = try container.decodeIfPresent(Swift.Int32.self, forKey: "max_search_results")
        self.mode = try container.decodeIfPresent(Swift.String.self, forKey: "mode")
        self.returnCitations = try container.decodeIfPresent(Swift.Bool.self, forKey: "return_citations")
        self.sources = try container.decodeIfPresent([SearchSource].self, forKey: "sources")
        self.toDate = try container.decodeIfPresent(Swift.String.self, forKey: "to_date")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.fromDate, forKey: "from_date")
        try container.encodeIfPresent(self.maxSearchResults, forKey: "max_search_results")
        try container.encodeIfPresent(self.mode, forKey: "mode")
        try container.encodeIfPresent(self.returnCitations, forKey: "return_citations")
        try container.encodeIfPresent(self.sources, forKey: "sources")
        try container.encodeIfPresent(self.toDate, forKey: "to_date")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
