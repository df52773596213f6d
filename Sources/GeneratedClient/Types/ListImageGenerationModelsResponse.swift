// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ListImageGenerationModelsResponse`.
public struct ListImageGenerationModelsResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Array of available image generation models.
    ///
    /// - Remark: Generated from `#/components/schemas/ListImageGenerationModelsResponse/properties/models`.
    public var models: [ImageGenerationModel]

    /// Creates a `ListImageGenerationModelsResponse`.
    ///
    /// - Parameters:
    ///   - models: Array of available image generation models.
    public init(
        models: [ImageGenerationModel],
    ) {
        self.models = models
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.models = try container.decodeRequired([ImageGenerationModel].self, forKey: "models")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.models, forKey: "models")
    }
}
