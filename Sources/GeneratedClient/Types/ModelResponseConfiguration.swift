// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ModelResponseConfiguration`.
public struct ModelResponseConfiguration: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// An object specifying the format that the model must output. Specify `{ "type": "json_object" }` for JSON output, or `{ "type": "json_schema", "json_schema": {...} }` for structured outputs. If `{ \"type\": \"text\" }`, the model will return a text response.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelResponseConfiguration/properties/format`.
    public var format: ModelResponseFormat?

    /// Creates a `ModelResponseConfiguration`.
    ///
    /// - Parameters:
    ///   - format: An object specifying the format that the model must output. Specify `{ "type": "json_object" }` for JSON output, or `{ "type": "json_schema", "json_schema": {...} }` for structured outputs. If `{ \"type\": \"text\" }`, the model will return a text response.
    public init(
        format: ModelResponseFormat? = nil,
    ) {
        self.format = format
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.format = try container.decodeIfPresent(ModelResponseFormat.self, forKey: "format")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.format, forKey: "format")
    }
}
