// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Document search using keyword matching (sparse embeddings).
///
/// - Remark: Generated from `#/components/schemas/KeywordRetrieval`.
public struct KeywordRetrieval: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Optional, but always used when doing search across multiple collections.
    ///
    /// - Remark: Generated from `#/components/schemas/KeywordRetrieval/properties/reranker`.
    public var reranker: RerankerModel?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["reranker"])

    /// Creates a `KeywordRetrieval`.
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
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
