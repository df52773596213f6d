// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// SearchRequest defines the request to search for documents.
///
/// - Remark: Generated from `#/components/schemas/SearchRequest`.
public struct SearchRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Optional metadata filter string to apply to search results.
    /// Uses AIP-160 filter syntax for querying document metadata.
    /// Supports comparison operators: `=`, `!=`, `>`, `>=`, `<`, `<=`
    /// Supports logical operators: `AND`, `OR`
    /// Supports range syntax: `field:10..20` (inclusive)
    /// Examples: `author = "John"` or `year > 2020 AND category = "finance"`
    ///
    /// - Remark: Generated from `#/components/schemas/SearchRequest/properties/filter`.
    public var filter: Swift.String?
    /// Optional group_by to diversify search results by metadata key(s).
    /// When set, results are grouped by the specified key(s) and only the
    /// top-k records per group are returned. Applied after ranking and filtering.
    /// Documents missing a group_by key are placed in a shared null group.
    /// Grouping is applied per-collection, not across the combined result set.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchRequest/properties/group_by`.
    public var groupBy: GroupBy?
    /// User-defined instructions to be included in the search query. Defaults to generic search instructions.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchRequest/properties/instructions`.
    public var instructions: Swift.String?
    /// The number of chunks to return.
    /// Will always return the top matching chunks.
    /// Optional, defaults to 10.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchRequest/properties/limit`.
    public var limit: Swift.Int32?
    /// The query to search for which will be embedded using the
    /// same embedding model as the one used for the source to query.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchRequest/properties/query`.
    public var query: Swift.String
    /// Deprecated: Metric now comes from collection creation.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchRequest/properties/ranking_metric`.
    public var rankingMetric: RankingMetric?
    /// How to perform the document search. Defaults to hybrid retrieval.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchRequest/properties/retrieval_mode`.
    public var retrievalMode: RetrievalMode?
    /// The source to query.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchRequest/properties/source`.
    public var source: DocumentsSource
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["filter", "group_by", "instructions", "limit", "query", "ranking_metric", "retrieval_mode", "source"])

    /// Creates a `SearchRequest`.
    ///
    /// - Parameters:
    ///   - filter: Optional metadata filter string to apply to search results.
    ///   - groupBy: Optional group_by to diversify search results by metadata key(s).
    ///   - instructions: User-defined instructions to be included in the search query. Defaults to generic search instructions.
    ///   - limit: The number of chunks to return.
    ///   - query: The query to search for which will be embedded using the
    ///   - rankingMetric: Deprecated: Metric now comes from collection creation.
    ///   - retrievalMode: How to perform the document search. Defaults to hybrid retrieval.
    ///   - source: The source to query.
    public init(
        filter: Swift.String? = nil,
        groupBy: GroupBy? = nil,
        instructions: Swift.String? = nil,
        limit: Swift.Int32? = nil,
        query: Swift.String,
        rankingMetric: RankingMetric? = nil,
        retrievalMode: RetrievalMode? = nil,
        source: DocumentsSource,
    ) {
        self.filter = filter
        self.groupBy = groupBy
        self.instructions = instructions
        self.limit = limit
        self.query = query
        self.rankingMetric = rankingMetric
        self.retrievalMode = retrievalMode
        self.source = source
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.filter = try container.decodeIfPresent(Swift.String.self, forKey: "filter")
        self.groupBy = try container.decodeIfPresent(GroupBy.self, forKey: "group_by")
        self.instructions = try container.decodeIfPresent(Swift.String.self, forKey: "instructions")
        self.limit = try container.decodeIfPresent(Swift.Int32.self, forKey: "limit")
        self.query = try container.decode(Swift.String.self, forKey: "query")
        self.rankingMetric = try container.decodeIfPresent(RankingMetric.self, forKey: "ranking_metric")
        self.retrievalMode = try container.decodeIfPresent(RetrievalMode.self, forKey: "retrieval_mode")
        self.source = try container.decode(DocumentsSource.self, forKey: "source")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.filter, forKey: "filter")
        try container.encodeIfPresent(self.groupBy, forKey: "group_by")
        try container.encodeIfPresent(self.instructions, forKey: "instructions")
        try container.encodeIfPresent(self.limit, forKey: "limit")
        try container.encode(self.query, forKey: "query")
        try container.encodeIfPresent(self.rankingMetric, forKey: "ranking_metric")
        try container.encodeIfPresent(self.retrievalMode, forKey: "retrieval_mode")
        try container.encode(self.source, forKey: "source")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
