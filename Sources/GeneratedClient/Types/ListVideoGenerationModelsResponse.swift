// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ListVideoGenerationModelsResponse`.
public struct ListVideoGenerationModelsResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Array of available video generation models.
    ///
    /// - Remark: Generated from `#/components/schemas/ListVideoGenerationModelsResponse/properties/models`.
    public var models: [VideoGenerationModel]

    /// Creates a `ListVideoGenerationModelsResponse`.
    ///
    /// - Parameters:
    ///   - models: Array of available video generation models.
    public init(
        models: [VideoGenerationModel],
    ) {
        self.models = models
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.models = try container.decodeRequired([VideoGenerationModel].self, forKey: "models")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.models, forKey: "models")
    }
}
