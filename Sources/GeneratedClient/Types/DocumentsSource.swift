// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// DocumentsSource defines the source of documents to search over.
///
/// - Remark: Generated from `#/components/schemas/DocumentsSource`.
public struct DocumentsSource: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The collection IDs to search in.
    ///
    /// - Remark: Generated from `#/components/schemas/DocumentsSource/properties/collection_ids`.
    public var collectionIDs: [Swift.String]
    /// Which RAG pipeline to use. Defaults to `chroma_db` when unset.
    ///
    /// - Remark: Generated from `#/components/schemas/DocumentsSource/properties/rag_pipeline`.
    public var ragPipeline: RagPipeline?

    /// Creates a `DocumentsSource`.
    ///
    /// - Parameters:
    ///   - collectionIDs: The collection IDs to search in.
    ///   - ragPipeline: Which RAG pipeline to use. Defaults to `chroma_db` when unset.
    public init(
        collectionIDs: [Swift.String],
        ragPipeline: RagPipeline? = nil,
    ) {
        self.collectionIDs = collectionIDs
        self.ragPipeline = ragPipeline
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.collectionIDs = try container.decode([Swift.String].self, forKey: "collection_ids")
        self.ragPipeline = try container.decodeIfPresent(RagPipeline.self, forKey: "rag_pipeline")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.collectionIDs, forKey: "collection_ids")
        try container.encodeIfPresent(self.ragPipeline, forKey: "rag_pipeline")
    }
}
