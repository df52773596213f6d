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
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.instructions, forKey: "instructions")
        try container.encodeIfPresent(self.model, forKey: "model")
    }
}
