// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ListLanguageModelsResponse`.
public struct ListLanguageModelsResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Array of available language models.
    ///
    /// - Remark: Generated from `#/components/schemas/ListLanguageModelsResponse/properties/models`.
    public var models: [LanguageModel]

    /// Creates a `ListLanguageModelsResponse`.
    ///
    /// - Parameters:
    ///   - models: Array of available language models.
    public init(
        models: [LanguageModel],
    ) {
        self.models = models
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.models = try container.decodeRequired([LanguageModel].self, forKey: "models")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.models, forKey: "models")
    }
}
