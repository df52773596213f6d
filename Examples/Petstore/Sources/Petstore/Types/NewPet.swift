// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/NewPet`.
public struct NewPet: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/NewPet/properties/name`.
    public var name: Swift.String
    /// - Remark: Generated from `#/components/schemas/NewPet/properties/kind`.
    public var kind: Kind
    /// - Remark: Generated from `#/components/schemas/NewPet/properties/tag`.
    public var tag: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["name", "kind", "tag"])

    /// Creates a `NewPet`.
    ///
    /// - Parameters:
    ///   - name: The `name` value.
    ///   - kind: The `kind` value.
    ///   - tag: The `tag` value.
    public init(
        name: Swift.String,
        kind: Kind,
        tag: Swift.String? = nil,
    ) {
        self.name = name
        self.kind = kind
        self.tag = tag
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.name = try container.decode(Swift.String.self, forKey: "name")
        self.kind = try container.decode(Kind.self, forKey: "kind")
        self.tag = try container.decodeIfPresent(Swift.String.self, forKey: "tag")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.name, forKey: "name")
        try container.encode(self.kind, forKey: "kind")
        try container.encodeIfPresent(self.tag, forKey: "tag")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
