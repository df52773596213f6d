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
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.embedding, forKey: "embedding")
        try container.encode(self.index, forKey: "index")
        try container.encode(self.object, forKey: "object")
    }
}
