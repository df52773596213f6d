// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Configuration for model-based reranking.
///
/// - Remark: Generated from `#/components/schemas/RerankerModel`.
public struct RerankerModel: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Instructions for the reranking model. Defaults to generic reranking instructions.
    ///
    /// - Remark: Generated from `#/components/schemas/RerankerModel/properties/instructions`.
    public var instructions: Swift.String?
    /// The model to use for reranking. Defaults to standard reranker model.
    ///
    /// - Remark: Generated from `#/components/schemas/RerankerModel/properties/model`.
    public var model: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["instructions", "model"])

    /// Creates a `RerankerModel`.
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
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
