// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Retrieval mode configuration for document search.
///
/// - Remark: Generated from `#/components/schemas/RetrievalMode`.
public enum RetrievalMode: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Hybrid search combining keyword and semantic search.
    case hybrid(RetrievalMode.Hybrid)
    /// Semantic search using dense embeddings.
    case semantic(RetrievalMode.Semantic)
    /// Keyword search using sparse embeddings.
    case keyword(RetrievalMode.Keyword)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "hybrid": self = .hybrid(try RetrievalMode.Hybrid(from: decoder))
        case "semantic": self = .semantic(try RetrievalMode.Semantic(from: decoder))
        case "keyword": self = .keyword(try RetrievalMode.Keyword(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .hybrid(let value):
            try value.encode(to: encoder)
        case .semantic(let value):
            try value.encode(to: encoder)
        case .keyword(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension RetrievalMode {
    /// Hybrid search combining keyword and semantic search.
    ///
    /// - Remark: Generated from `#/components/schemas/RetrievalMode/oneOf/0`.
    public struct Hybrid: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Which reranker to use to limit results to the desired value.
        ///
        /// - Remark: Generated from `#/components/schemas/HybridRetrieval/properties/reranker`.
        public var reranker: HybridReranker?
        /// Additional multiplier to requested search limit.
        /// Valid range is [1, 100]. Defaults to 1 when unset.
        ///
        /// - Remark: Generated from `#/components/schemas/HybridRetrieval/properties/search_multiplier`.
        public var searchMultiplier: Swift.Int32?
        /// - Remark: Generated from `#/components/schemas/RetrievalMode/oneOf/0/allOf/1/properties/type`.
        public var type: Swift.String { "hybrid" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["reranker", "search_multiplier", "type"])

        /// Creates a `Hybrid`.
        ///
        /// - Parameters:
        ///   - reranker: Which reranker to use to limit results to the desired value.
        ///   - searchMultiplier: Additional multiplier to requested search limit.
        public init(
            reranker: HybridReranker? = nil,
            searchMultiplier: Swift.Int32? = nil,
        ) {
            self.reranker = reranker
            self.searchMultiplier = searchMultiplier
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.reranker = try container.decodeIfPresent(HybridReranker.self, forKey: "reranker")
            self.searchMultiplier = try container.decodeIfPresent(Swift.Int32.self, forKey: "search_multiplier")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.reranker, forKey: "reranker")
            try container.encodeIfPresent(self.searchMultiplier, forKey: "search_multiplier")
            try GeneratedClientRuntime.UnionCoding.encodeTag("hybrid", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension RetrievalMode {
    /// Semantic search using dense embeddings.
    ///
    /// - Remark: Generated from `#/components/schemas/RetrievalMode/oneOf/1`.
    public struct Semantic: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Optional, but always used when doing search across multiple collections.
        ///
        /// - Remark: Generated from `#/components/schemas/SemanticRetrieval/properties/reranker`.
        public var reranker: RerankerModel?
        /// - Remark: Generated from `#/components/schemas/RetrievalMode/oneOf/1/allOf/1/properties/type`.
        public var type: Swift.String { "semantic" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["reranker", "type"])

        /// Creates a `Semantic`.
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
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.reranker, forKey: "reranker")
            try GeneratedClientRuntime.UnionCoding.encodeTag("semantic", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension RetrievalMode {
    /// Keyword search using sparse embeddings.
    ///
    /// - Remark: Generated from `#/components/schemas/RetrievalMode/oneOf/2`.
    public struct Keyword: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Optional, but always used when doing search across multiple collections.
        ///
        /// - Remark: Generated from `#/components/schemas/KeywordRetrieval/properties/reranker`.
        public var reranker: RerankerModel?
        /// - Remark: Generated from `#/components/schemas/RetrievalMode/oneOf/2/allOf/1/properties/type`.
        public var type: Swift.String { "keyword" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["reranker", "type"])

        /// Creates a `Keyword`.
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
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.reranker, forKey: "reranker")
            try GeneratedClientRuntime.UnionCoding.encodeTag("keyword", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
