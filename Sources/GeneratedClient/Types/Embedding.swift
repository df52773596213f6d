// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Embedding`.
public struct Embedding: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Embedding content.
    ///
    /// - Remark: Generated from `#/components/schemas/Embedding/properties/embedding`.
    public var embedding: EmbeddingContent
    /// Index of the embedding object in the data list.
    ///
    /// - Remark: Generated from `#/components/schemas/Embedding/properties/index`.
    public var index: Swift.Int32
    /// The object type, which is always `"embedding"`.
    ///
    /// - Remark: Generated from `#/components/schemas/Embedding/properties/object`.
    public var object: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["embedding", "index", "object"])

    /// Creates an `Embedding`.
    ///
    /// - Parameters:
    ///   - embedding: Embedding content.
    ///   - index: Index of the embedding object in the data list.
    ///   - object: The object type, which is always `"embedding"`.
    public init(
        embedding: EmbeddingContent,
        index: Swift.Int32,
        object: Swift.String,
    ) {
        self.embedding = embedding
        self.index = index
        self.object = object
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.embedding = try container.decodeRequired(EmbeddingContent.self, forKey: "embedding")
        self.index = try container.decodeRequired(Swift.Int32.self, forKey: "index")
        self.object = try container.decodeRequired(Swift.String.self, forKey: "object")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.embedding, forKey: "embedding")
        try container.encode(self.index, forKey: "index")
        try container.encode(self.object, forKey: "object")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
