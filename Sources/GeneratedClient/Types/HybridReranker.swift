// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Reranker configuration for hybrid retrieval.
///
/// - Remark: Generated from `#/components/schemas/HybridReranker`.
public enum HybridReranker: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Use a reranker model to perform the reranking.
    case rerankerModel(HybridReranker.RerankerModelHybridReranker)
    /// Use RRF to perform the reranking.
    case rrf(HybridReranker.Rrf)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "reranker_model": self = .rerankerModel(try HybridReranker.RerankerModelHybridReranker(from: decoder))
        case "rrf": self = .rrf(try HybridReranker.Rrf(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .rerankerModel(let value):
            try value.encode(to: encoder)
        case .rrf(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension HybridReranker {
    /// Use a reranker model to perform the reranking.
    ///
    /// - Remark: Generated from `#/components/schemas/HybridReranker/oneOf/0`.
    public struct RerankerModelHybridReranker: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Instructions for the reranking model. Defaults to generic reranking instructions.
        ///
        /// - Remark: Generated from `#/components/schemas/RerankerModel/properties/instructions`.
        public var instructions: Swift.String?
        /// The model to use for reranking. Defaults to standard reranker model.
        ///
        /// - Remark: Generated from `#/components/schemas/RerankerModel/properties/model`.
        public var model: Swift.String?
        /// - Remark: Generated from `#/components/schemas/HybridReranker/oneOf/0/allOf/1/properties/type`.
        public var type: Swift.String { "reranker_model" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["instructions", "model", "type"])

        /// Creates a `RerankerModelHybridReranker`.
        ///
        /// - Parameters:
        ///   - instructions: Instructions for the reranking model. Defaults to generic reranking instructions.
        ///   - model: The model to use for reranking. Defaults to standard reranker model.
        public init(
            instructions: Swift.String? = nil,
            model: Swift.String? = nil,
        ) {
            self.instructions = instructions
            self.model = model
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.instructions = try container.decodeIfPresent(Swift.String.self, forKey: "instructions")
            self.model = try container.decodeIfPresent(Swift.String.self, forKey: "model")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.instructions, forKey: "instructions")
            try container.encodeIfPresent(self.model, forKey: "model")
            try GeneratedClientRuntime.UnionCoding.encodeTag("reranker_model", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension HybridReranker {
    /// Use RRF to perform the reranking.
    ///
    /// - Remark: Generated from `#/components/schemas/HybridReranker/oneOf/1`.
    public struct Rrf: Swift.Codable, Swift.Hashable, Swift.Sendable {
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
        /// - Remark: Generated from `#/components/schemas/HybridReranker/oneOf/1/allOf/1/properties/type`.
        public var type: Swift.String { "rrf" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["embedding_weight", "k", "text_weight", "type"])

        /// Creates a `Rrf`.
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
            try GeneratedClientRuntime.UnionCoding.encodeTag("rrf", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
