// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// (Legacy) Response for `/v1/completions` endpoint
///
/// - Remark: Generated from `#/components/schemas/SampleResponse`.
public struct SampleResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A list of response choices from the model. The length corresponds to the `n` in request body (default to 1).
    ///
    /// - Remark: Generated from `#/components/schemas/SampleResponse/properties/choices`.
    public var choices: [SampleChoice]
    /// The chat completion creation time in Unix timestamp.
    ///
    /// - Remark: Generated from `#/components/schemas/SampleResponse/properties/created`.
    public var created: Swift.Int64
    /// ID of the request.
    ///
    /// - Remark: Generated from `#/components/schemas/SampleResponse/properties/id`.
    public var id: Swift.String
    /// Model to be used.
    ///
    /// - Example: `"latest"`.
    /// - Generated from `#/components/schemas/SampleResponse/properties/model`.
    public var model: Swift.String
    /// Object type of the response. This is always `"text_completion"`.
    ///
    /// - Remark: Generated from `#/components/schemas/SampleResponse/properties/object`.
    public var object: Swift.String
    /// System fingerprint, used to indicate xAI system configuration changes.
    ///
    /// - Remark: Generated from `#/components/schemas/SampleResponse/properties/system_fingerprint`.
    public var systemFingerprint: Swift.String?
    /// Token usage information.
    ///
    /// - Remark: Generated from `#/components/schemas/SampleResponse/properties/usage`.
    public var usage: Usage?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["choices", "created", "id", "model", "object", "system_fingerprint", "usage"])

    /// Creates a `SampleResponse`.
    ///
    /// - Parameters:
    ///   - choices: A list of response choices from the model. The length corresponds to the `n` in request body (default to 1).
    ///   - created: The chat completion creation time in Unix timestamp.
    ///   - id: ID of the request.
    ///   - model: Model to be used.
    ///   - object: Object type of the response. This is always `"text_completion"`.
    ///   - systemFingerprint: System fingerprint, used to indicate xAI system configuration changes.
    ///   - usage: Token usage information.
    public init(
        choices: [SampleChoice],
        created: Swift.Int64,
        id: Swift.String,
        model: Swift.String,
        object: Swift.String,
        systemFingerprint: Swift.String? = nil,
        usage: Usage? = nil,
    ) {
        self.choices = choices
        self.created = created
        self.id = id
        self.model = model
        self.object = object
        self.systemFingerprint = systemFingerprint
        self.usage = usage
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.choices = try container.decodeRequired([SampleChoice].self, forKey: "choices")
        self.created = try container.decodeRequired(Swift.Int64.self, forKey: "created")
        self.id = try container.decodeRequired(Swift.String.self, forKey: "id")
        self.model = try container.decodeRequired(Swift.String.self, forKey: "model")
        self.object = try container.decodeRequired(Swift.String.self, forKey: "object")
        self.systemFingerprint = try container.decodeIfPresent(Swift.String.self, forKey: "system_fingerprint")
        self.usage = try container.decodeIfPresent(Usage.self, forKey: "usage")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.choices, forKey: "choices")
        try container.encode(self.created, forKey: "created")
        try container.encode(self.id, forKey: "id")
        try container.encode(self.model, forKey: "model")
        try container.encode(self.object, forKey: "object")
        try container.encodeIfPresent(self.systemFingerprint, forKey: "system_fingerprint")
        try container.encodeIfPresent(self.usage, forKey: "usage")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
