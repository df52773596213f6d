// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
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

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case reranker
        case searchMultiplier = "search_multiplier"
    }
}
