// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Document search using a combination of keyword and semantic search.
///
/// - Remark: Generated from `#/components/schemas/HybridRetrieval`.
public struct HybridRetrieval: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Which reranker to use to limit results to the desired value.
    ///
    /// - Remark: Generated from `#/components/schemas/HybridRetrieval/properties/reranker`.
    public var reranker: HybridReranker?
    /// Additional multiplier to requested search limit.
    /// Valid range is [1, 100]. Defaults to 1 when unset.
    ///
    /// - Remark: Generated from `#/components/schemas/HybridRetrieval/properties/search_multiplier`.
    public var searchMultiplier: Swift.Int32?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["reranker", "search_multiplier"])

    /// Creates a `HybridRetrieval`.
    ///
    /// - Parameters:
    ///   - reranker: Which reranker to use to limit results to the desired value.
    ///   - searchMultiplier: Additional multiplier to requested search limit.
    public init(
        reranker: HybridReranker? = nil,
        searchMultiplier: Swift.Int32? = nil,
    ) {
        self.reranker = reranker
        self.searchMultiplier = searchMultiplier
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.reranker = try container.decodeIfPresent(HybridReranker.self, forKey: "reranker")
        self.searchMultiplier = try container.decodeIfPresent(Swift.Int32.self, forKey: "search_multiplier")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.reranker, forKey: "reranker")
        try container.encodeIfPresent(self.searchMultiplier, forKey: "search_multiplier")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
