// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Definition of the tool call made available to the model.
///
/// - Remark: Generated from `#/components/schemas/FunctionDefinition`.
public struct FunctionDefinition: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A description of the function to indicate to the model when to call it.
    ///
    /// - Remark: Generated from `#/components/schemas/FunctionDefinition/properties/description`.
    public var description: Swift.String?
    /// The name of the function. If the model calls the function, this name is used in the
    /// response.
    ///
    /// - Remark: Generated from `#/components/schemas/FunctionDefinition/properties/name`.
    public var name: Swift.String
    /// A JSON schema describing the function parameters. The model _should_ follow the schema,
    /// however, this is not enforced at the moment.
    ///
    /// - Remark: Generated from `#/components/schemas/FunctionDefinition/properties/parameters`.
    public var parameters: GeneratedClientRuntime.JSONValue
    /// Not supported. Only maintained for compatibility reasons.
    ///
    /// - Remark: Generated from `#/components/schemas/FunctionDefinition/properties/strict`.
    public var strict: Swift.Bool?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["description", "name", "parameters", "strict"])

    /// Creates a `FunctionDefinition`.
    ///
    /// - Parameters:
    ///   - description: A description of the function to indicate to the model when to call it.
    ///   - name: The name of the function. If the model calls the function, this name is used in the
    ///   - parameters: A JSON schema describing the function parameters. The model _should_ follow the schema,
    ///   - strict: Not supported. Only maintained for compatibility reasons.
    public init(
        description: Swift.String? = nil,
        name: Swift.String,
        parameters: GeneratedClientRuntime.JSONValue,
        strict: Swift.Bool? = nil,
    ) {
        self.description = description
        self.name = name
        self.parameters = parameters
        self.strict = strict
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.description = try container.decodeIfPresent(Swift.String.self, forKey: "description")
        self.name = try container.decode(Swift.String.self, forKey: "name")
        self.parameters = try container.decode(GeneratedClientRuntime.JSONValue.self, forKey: "parameters")
        self.strict = try container.decodeIfPresent(Swift.Bool.self, forKey: "strict")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.description, forKey: "description")
        try container.encode(self.name, forKey: "name")
        try container.encode(self.parameters, forKey: "parameters")
        try container.encodeIfPresent(self.strict, forKey: "strict")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
