// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/MessageToolInputSchema`.
public struct MessageToolInputSchema: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// JSON-object of the tool input schema.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageToolInputSchema/properties/properties`.
    public var properties: GeneratedClientRuntime.JSONValue
    /// Required properties of the tool input schema, if any.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageToolInputSchema/properties/required`.
    public var required: [Swift.String]?
    /// Type of the schema. This is always `"object"`.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageToolInputSchema/properties/type`.
    public var type: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["properties", "required", "type"])

    /// Creates a `MessageToolInputSchema`.
    ///
    /// - Parameters:
    ///   - properties: JSON-object of the tool input schema.
    ///   - required: Required properties of the tool input schema, if any.
    ///   - type: Type of the schema. This is always `"object"`.
    public init(
        properties: GeneratedClientRuntime.JSONValue,
        required: [Swift.String]? = nil,
        type: Swift.String,
    ) {
        self.properties = properties
        self.required = required
        self.type = type
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.properties = try container.decode(GeneratedClientRuntime.JSONValue.self, forKey: "properties")
        self.required = try container.decodeIfPresent([Swift.String].self, forKey: "required")
        self.type = try container.decode(Swift.String.self, forKey: "type")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.properties, forKey: "properties")
        try container.encodeIfPresent(self.required, forKey: "required")
        try container.encode(self.type, forKey: "type")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
