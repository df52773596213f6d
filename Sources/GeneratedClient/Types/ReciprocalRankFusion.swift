// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// Configuration for reciprocal rank fusion (RRF) reranking.
///
/// - Remark: Generated from `#/components/schemas/ReciprocalRankFusion`.
public struct ReciprocalRankFusion: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Weight for embedding (dense) search results. Should be between 0 and 1. Defaults to 0.5.
    ///
    /// - Remark: Generated from `#/components/schemas/ReciprocalRankFusion/properties/embedding_weight`.
    public var embeddingWeight: Swift.Double?
    /// The RRF constant k used in the reciprocal rank fusion formula. Defaults to 60.
    ///
    /// - Remark: Generated from `#/components/schemas/ReciprocalRankFusion/properties/k`.
    public var k: Swift.Int32?
    /// Weight for keyword (sparse) search results. Should be between 0 and 1. Defaults to 0.5.
    ///
    /// - Remark: Generated from `#/components/schemas/ReciprocalRankFusion/properties/text_weight`.
    public var textWeight: Swift.Double?

    /// Creates a `ReciprocalRankFusion`.
    ///
    /// - Parameters:
    ///   - embeddingWeight: Weight for embedding (dense) search results. Should be between 0 and 1. Defaults to 0.5.
    ///   - k: The RRF constant k used in the reciprocal rank fusion formula. Defaults to 60.
    ///   - textWeight: Weight for keyword (sparse) search results. Should be between 0 and 1. Defaults to 0.5.
    public init(
        embeddingWeight: Swift.Double? = nil,
        k: Swift.Int32? = nil,
        textWeight: Swift.Double? = nil,
    ) {
        self.embeddingWeight = embeddingWeight
        self.k = k
        self.textWeight = textWeight
    }

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case embeddingWeight = "embedding_weight"
        case k
        case textWeight = "text_weight"
    }
}
