// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// Document search using keyword matching (sparse embeddings).
///
/// - Remark: Generated from `#/components/schemas/KeywordRetrieval`.
public struct KeywordRetrieval: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Optional, but always used when doing search across multiple collections.
    ///
    /// - Remark: Generated from `#/components/schemas/KeywordRetrieval/properties/reranker`.
    public var reranker: RerankerModel?

    /// Creates a `KeywordRetrieval`.
    ///
    /// - Parameters:
    ///   - reranker: Optional, but always used when doing search across multiple collections.
    public init(
        reranker: RerankerModel? = nil,
    ) {
        self.reranker = reranker
    }
}
