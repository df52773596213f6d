// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
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

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case collectionIDs = "collection_ids"
        case ragPipeline = "rag_pipeline"
    }
}
