// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ListModelsResponse`.
public struct ListModelsResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A list of models with with minimalized information.
    ///
    /// - Remark: Generated from `#/components/schemas/ListModelsResponse/properties/data`.
    public var data: [Model]
    /// The object type of `data` field, which is always `"list"`.
    ///
    /// - Remark: Generated from `#/components/schemas/ListModelsResponse/properties/object`.
    public var object: Swift.String

    /// Creates a `ListModelsResponse`.
    ///
    /// - Parameters:
    ///   - data: A list of models with with minimalized information.
    ///   - object: The object type of `data` field, which is always `"list"`.
    public init(
        data: [Model],
        object: Swift.String,
    ) {
        self.data = data
        self.object = object
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.data = try container.decodeRequired([Model].self, forKey: "data")
        self.object = try container.decodeRequired(Swift.String.self, forKey: "object")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.data, forKey: "data")
        try container.encode(self.object, forKey: "object")
    }
}
