// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Details of a video generation model
///
/// - Remark: Generated from `#/components/schemas/VideoGenerationModel`.
public struct VideoGenerationModel: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Alias ID(s) of the model that user can use in a request's model field.
    ///
    /// - Remark: Generated from `#/components/schemas/VideoGenerationModel/properties/aliases`.
    public var aliases: [Swift.String]
    /// Model creation time in Unix timestamp.
    ///
    /// - Remark: Generated from `#/components/schemas/VideoGenerationModel/properties/created`.
    public var created: Swift.Int64
    /// Fingerprint of the xAI system configuration hosting the model.
    ///
    /// - Remark: Generated from `#/components/schemas/VideoGenerationModel/properties/fingerprint`.
    public var fingerprint: Swift.String
    /// Model ID.
    ///
    /// - Remark: Generated from `#/components/schemas/VideoGenerationModel/properties/id`.
    public var id: Swift.String
    /// The input modalities supported by the model (e.g. "text", "image").
    ///
    /// - Remark: Generated from `#/components/schemas/VideoGenerationModel/properties/input_modalities`.
    public var inputModalities: [Swift.String]
    /// The object type, which is always `"model"`.
    ///
    /// - Remark: Generated from `#/components/schemas/VideoGenerationModel/properties/object`.
    public var object: Swift.String
    /// The output modalities supported by the model (e.g. "video").
    ///
    /// - Remark: Generated from `#/components/schemas/VideoGenerationModel/properties/output_modalities`.
    public var outputModalities: [Swift.String]
    /// Owner of the model.
    ///
    /// - Remark: Generated from `#/components/schemas/VideoGenerationModel/properties/owned_by`.
    public var ownedBy: Swift.String
    /// Version of the model.
    ///
    /// - Remark: Generated from `#/components/schemas/VideoGenerationModel/properties/version`.
    public var version: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["aliases", "created", "fingerprint", "id", "input_modalities", "object", "output_modalities", "owned_by", "version"])

    /// Creates a `VideoGenerationModel`.
    ///
    /// - Parameters:
    ///   - aliases: Alias ID(s) of the model that user can use in a request's model field.
    ///   - created: Model creation time in Unix timestamp.
    ///   - fingerprint: Fingerprint of the xAI system configuration hosting the model.
    ///   - id: Model ID.
    ///   - inputModalities: The input modalities supported by the model (e.g. "text", "image").
    ///   - object: The object type, which is always `"model"`.
    ///   - outputModalities: The output modalities supported by the model (e.g. "video").
    ///   - ownedBy: Owner of the model.
    ///   - version: Version of the model.
    public init(
        aliases: [Swift.String],
        created: Swift.Int64,
        fingerprint: Swift.String,
        id: Swift.String,
        inputModalities: [Swift.String],
        object: Swift.String,
        outputModalities: [Swift.String],
        ownedBy: Swift.String,
        version: Swift.String,
    ) {
        self.aliases = aliases
        self.created = created
        self.fingerprint = fingerprint
        self.id = id
        self.inputModalities = inputModalities
        self.object = object
        self.outputModalities = outputModalities
        self.ownedBy = ownedBy
        self.version = version
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.aliases = try container.decodeRequired([Swift.String].self, forKey: "aliases")
        self.created = try container.decodeRequired(Swift.Int64.self, forKey: "created")
        self.fingerprint = try container.decodeRequired(Swift.String.self, forKey: "fingerprint")
        self.id = try container.decodeRequired(Swift.String.self, forKey: "id")
        self.inputModalities = try container.decodeRequired([Swift.String].self, forKey: "input_modalities")
        self.object = try container.decodeRequired(Swift.String.self, forKey: "object")
        self.outputModalities = try container.decodeRequired([Swift.String].self, forKey: "output_modalities")
        self.ownedBy = try container.decodeRequired(Swift.String.self, forKey: "owned_by")
        self.version = try container.decodeRequired(Swift.String.self, forKey: "version")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.aliases, forKey: "aliases")
        try container.encode(self.created, forKey: "created")
        try container.encode(self.fingerprint, forKey: "fingerprint")
        try container.encode(self.id, forKey: "id")
        try container.encode(self.inputModalities, forKey: "input_modalities")
        try container.encode(self.object, forKey: "object")
        try container.encode(self.outputModalities, forKey: "output_modalities")
        try container.encode(self.ownedBy, forKey: "owned_by")
        try container.encode(self.version, forKey: "version")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
