// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
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
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.models = try container.decodeRequired([LanguageModel].self, forKey: .models)
    }
}
