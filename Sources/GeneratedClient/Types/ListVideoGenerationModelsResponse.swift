// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ListVideoGenerationModelsResponse`.
public struct ListVideoGenerationModelsResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Array of available video generation models.
    ///
    /// - Remark: Generated from `#/components/schemas/ListVideoGenerationModelsResponse/properties/models`.
    public var models: [VideoGenerationModel]
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["models"])

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
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.models, forKey: "models")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
