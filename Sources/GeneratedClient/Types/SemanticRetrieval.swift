// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
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

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.reranker = try container.decodeIfPresent(RerankerModel.self, forKey: "reranker")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.reranker, forKey: "reranker")
    }
}
