// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Function`.
public struct Function: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Function/properties/arguments`.
    public var arguments: Swift.String
    /// - Remark: Generated from `#/components/schemas/Function/properties/name`.
    public var name: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["arguments", "name"])

    /// Creates a `Function`.
    ///
    /// - Parameters:
    ///   - arguments: The `arguments` value.
    ///   - name: The `name` value.
    public init(
        arguments: Swift.String,
        name: Swift.String,
    ) {
        self.arguments = arguments
        self.name = name
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.arguments = try container.decodeRequired(Swift.String.self, forKey: "arguments")
        self.name = try container.decodeRequired(Swift.String.self, forKey: "name")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.arguments, forKey: "arguments")
        try container.encode(self.name, forKey: "name")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
