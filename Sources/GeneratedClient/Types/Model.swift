// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Same as `LanguageModel` but fully compliant with the OpenAI API.
///
/// - Remark: Generated from `#/components/schemas/Model`.
public struct Model: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Model creation time in Unix timestamp.
    ///
    /// - Remark: Generated from `#/components/schemas/Model/properties/created`.
    public var created: Swift.Int64
    /// Model ID. Obtainable from or .
    ///
    /// - Remark: Generated from `#/components/schemas/Model/properties/id`.
    public var id: Swift.String
    /// The object type, which is always `"model"`.
    ///
    /// - Remark: Generated from `#/components/schemas/Model/properties/object`.
    public var object: Swift.String
    /// Owner of the model.
    ///
    /// - Remark: Generated from `#/components/schemas/Model/properties/owned_by`.
    public var ownedBy: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["created", "id", "object", "owned_by"])

    /// Creates a `Model`.
    ///
    /// - Parameters:
    ///   - created: Model creation time in Unix timestamp.
    ///   - id: Model ID. Obtainable from or .
    ///   - object: The object type, which is always `"model"`.
    ///   - ownedBy: Owner of the model.
    public init(
        created: Swift.Int64,
        id: Swift.String,
        object: Swift.String,
        ownedBy: Swift.String,
    ) {
        self.created = created
        self.id = id
        self.object = object
        self.ownedBy = ownedBy
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.created = try container.decodeRequired(Swift.Int64.self, forKey: "created")
        self.id = try container.decodeRequired(Swift.String.self, forKey: "id")
        self.object = try container.decodeRequired(Swift.String.self, forKey: "object")
        self.ownedBy = try container.decodeRequired(Swift.String.self, forKey: "owned_by")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.created, forKey: "created")
        try container.encode(self.id, forKey: "id")
        try container.encode(self.object, forKey: "object")
        try container.encode(self.ownedBy, forKey: "owned_by")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
