// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// SearchMatch defines a single match from a search request.
///
/// - Remark: Generated from `#/components/schemas/SearchMatch`.
public struct SearchMatch: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The chunk content.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchMatch/properties/chunk_content`.
    public var chunkContent: Swift.String
    /// The chunk ID.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchMatch/properties/chunk_id`.
    public var chunkID: Swift.String
    /// The collection ID(s).
    ///
    /// - Remark: Generated from `#/components/schemas/SearchMatch/properties/collection_ids`.
    public var collectionIDs: [Swift.String]
    /// Metadata fields belonging to the document of this chunk.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchMatch/properties/fields`.
    public var fields: [Swift.String: Swift.String]?
    /// The document ID.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchMatch/properties/file_id`.
    public var fileID: Swift.String
    /// The dominant page number this chunk belongs to (0 for single-page docs).
    ///
    /// - Remark: Generated from `#/components/schemas/SearchMatch/properties/page_number`.
    public var pageNumber: Swift.Int32?
    /// The relevance score.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchMatch/properties/score`.
    public var score: Swift.Double
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["chunk_content", "chunk_id", "collection_ids", "fields", "file_id", "page_number", "score"])

    /// Creates a `SearchMatch`.
    ///
    /// - Parameters:
    ///   - chunkContent: The chunk content.
    ///   - chunkID: The chunk ID.
    ///   - collectionIDs: The collection ID(s).
    ///   - fields: Metadata fields belonging to the document of this chunk.
    ///   - fileID: The document ID.
    ///   - pageNumber: The dominant page number this chunk belongs to (0 for single-page docs).
    ///   - score: The relevance score.
    public init(
        chunkContent: Swift.String,
        chunkID: Swift.String,
        collectionIDs: [Swift.String],
        fields: [Swift.String: Swift.String]? = nil,
        fileID: Swift.String,
        pageNumber: Swift.Int32? = nil,
        score: Swift.Double,
    ) {
        self.chunkContent = chunkContent
        self.chunkID = chunkID
        self.collectionIDs = collectionIDs
        self.fields = fields
        self.fileID = fileID
        self.pageNumber = pageNumber
        self.score = score
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.chunkContent = try container.decodeRequired(Swift.String.self, forKey: "chunk_content")
        self.chunkID = try container.decodeRequired(Swift.String.self, forKey: "chunk_id")
        self.collectionIDs = try container.decodeRequired([Swift.String].self, forKey: "collection_ids")
        self.fields = try container.decodeIfPresent([Swift.String: Swift.String].self, forKey: "fields")
        self.fileID = try container.decodeRequired(Swift.String.self, forKey: "file_id")
        self.pageNumber = try container.decodeIfPresent(Swift.Int32.self, forKey: "page_number")
        self.score = try container.decodeRequired(Swift.Double.self, forKey: "score")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.chunkContent, forKey: "chunk_content")
        try container.encode(self.chunkID, forKey: "chunk_id")
        try container.encode(self.collectionIDs, forKey: "collection_ids")
        try container.encodeIfPresent(self.fields, forKey: "fields")
        try container.encode(self.fileID, forKey: "file_id")
        try container.encodeIfPresent(self.pageNumber, forKey: "page_number")
        try container.encode(self.score, forKey: "score")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
