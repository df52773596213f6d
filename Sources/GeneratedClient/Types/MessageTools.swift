// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/MessageTools`.
public struct MessageTools: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// (Unsupported) Cache control.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageTools/properties/cache_control`.
    public var cacheControl: GeneratedClientRuntime.JSONValue?
    /// Description of the tool.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageTools/properties/description`.
    public var description: Swift.String
    /// Input schema allowed by the tool.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageTools/properties/input_schema`.
    public var inputSchema: MessageToolInputSchema
    /// Name of the tool.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageTools/properties/name`.
    public var name: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["cache_control", "description", "input_schema", "name"])

    /// Creates a `MessageTools`.
    ///
    /// - Parameters:
    ///   - cacheControl: (Unsupported) Cache control.
    ///   - description: Description of the tool.
    ///   - inputSchema: Input schema allowed by the tool.
    ///   - name: Name of the tool.
    public init(
        cacheControl: GeneratedClientRuntime.JSONValue? = nil,
        description: Swift.String,
        inputSchema: MessageToolInputSchema,
        name: Swift.String,
    ) {
        self.cacheControl = cacheControl
        self.description = description
        self.inputSchema = inputSchema
        self.name = name
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.cacheControl = try container.decodeIfPresent(GeneratedClientRuntime.JSONValue.self, forKey: "cache_control")
        self.description = try container.decode(Swift.String.self, forKey: "description")
        self.inputSchema = try container.decode(MessageToolInputSchema.self, forKey: "input_schema")
        self.name = try container.decode(Swift.String.self, forKey: "name")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.cacheControl, forKey: "cache_control")
        try container.encode(self.description, forKey: "description")
        try container.encode(self.inputSchema, forKey: "input_schema")
        try container.encode(self.name, forKey: "name")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
