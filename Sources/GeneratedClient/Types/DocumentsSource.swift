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
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["collection_ids", "rag_pipeline"])

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
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.collectionIDs, forKey: "collection_ids")
        try container.encodeIfPresent(self.ragPipeline, forKey: "rag_pipeline")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
