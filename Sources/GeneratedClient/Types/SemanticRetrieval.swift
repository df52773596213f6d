// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// Document search using semantic similarity (dense embeddings).
///
/// - Remark: Generated from `#/components/schemas/SemanticRetrieval`.
public struct SemanticRetrieval: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Optional, but always used when doing search across multiple collections.
    ///
    /// - Remark: Generated from `#/components/schemas/SemanticRetrieval/properties/reranker`.
    public var reranker: RerankerModel?

    /// Creates a `SemanticRetrieval`.
    ///
    /// - Parameters:
    ///   - reranker: Optional, but always used when doing search across multiple collections.
    public init(
        reranker: RerankerModel? = nil,
    ) {
        self.reranker = reranker
    }
}
