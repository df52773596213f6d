// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
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
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["embedding_weight", "k", "text_weight"])

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

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.embeddingWeight = try container.decodeIfPresent(Swift.Double.self, forKey: "embedding_weight")
        self.k = try container.decodeIfPresent(Swift.Int32.self, forKey: "k")
        self.textWeight = try container.decodeIfPresent(Swift.Double.self, forKey: "text_weight")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.embeddingWeight, forKey: "embedding_weight")
        try container.encodeIfPresent(self.k, forKey: "k")
        try container.encodeIfPresent(self.textWeight, forKey: "text_weight")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
