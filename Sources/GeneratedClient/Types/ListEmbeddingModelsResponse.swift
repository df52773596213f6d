// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ListEmbeddingModelsResponse`.
public struct ListEmbeddingModelsResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Array of available embedding models.
    ///
    /// - Remark: Generated from `#/components/schemas/ListEmbeddingModelsResponse/properties/models`.
    public var models: [EmbeddingModel]

    /// Creates a `ListEmbeddingModelsResponse`.
    ///
    /// - Parameters:
    ///   - models: Array of available embedding models.
    public init(
        models: [EmbeddingModel],
    ) {
        self.models = models
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.models = try container.decodeRequired([EmbeddingModel].self, forKey: "models")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.models, forKey: "models")
    }
}
