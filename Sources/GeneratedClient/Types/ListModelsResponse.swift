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
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["data", "object"])

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
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.data, forKey: "data")
        try container.encode(self.object, forKey: "object")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
