// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Details of an image generation model
///
/// - Remark: Generated from `#/components/schemas/ImageGenerationModel`.
public struct ImageGenerationModel: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Alias ID(s) of the model that user can use in a request's model field.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageGenerationModel/properties/aliases`.
    public var aliases: [Swift.String]
    /// Model creation time in Unix timestamp.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageGenerationModel/properties/created`.
    public var created: Swift.Int64
    /// Fingerprint of the xAI system configuration hosting the model.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageGenerationModel/properties/fingerprint`.
    public var fingerprint: Swift.String
    /// Model ID.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageGenerationModel/properties/id`.
    public var id: Swift.String
    /// Price of a single image in USD cents.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageGenerationModel/properties/image_price`.
    public var imagePrice: Swift.Int64?
    /// The input modalities supported by the model.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageGenerationModel/properties/input_modalities`.
    public var inputModalities: [Swift.String]?
    /// - Remark: Generated from `#/components/schemas/ImageGenerationModel/properties/max_prompt_length`.
    public var maxPromptLength: Swift.Int64
    /// The object type, which is always `"model"`.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageGenerationModel/properties/object`.
    public var object: Swift.String
    /// The output modalities supported by the model.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageGenerationModel/properties/output_modalities`.
    public var outputModalities: [Swift.String]?
    /// Owner of the model.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageGenerationModel/properties/owned_by`.
    public var ownedBy: Swift.String
    /// Version of the model.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageGenerationModel/properties/version`.
    public var version: Swift.String
    /// Price of the prompt text token in USD cents per 100 million token.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageGenerationModel/properties/prompt_text_token_price`.
    public var promptTextTokenPrice: Swift.Int64?
    /// Price of the prompt image token in USD cents per 100 million token.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageGenerationModel/properties/prompt_image_token_price`.
    public var promptImageTokenPrice: Swift.Int64?
    /// Price of a generated image token in USD cents per 100 million token.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageGenerationModel/properties/generated_image_token_price`.
    public var generatedImageTokenPrice: Swift.Int64?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["aliases", "created", "fingerprint", "id", "image_price", "input_modalities", "max_prompt_length", "object", "output_modalities", "owned_by", "version", "prompt_text_token_price", "prompt_image_token_price", "generated_image_token_price"])

    /// Creates an `ImageGenerationModel`.
    ///
    /// - Parameters:
    ///   - aliases: Alias ID(s) of the model that user can use in a request's model field.
    ///   - created: Model creation time in Unix timestamp.
    ///   - fingerprint: Fingerprint of the xAI system configuration hosting the model.
    ///   - id: Model ID.
    ///   - imagePrice: Price of a single image in USD cents.
    ///   - inputModalities: The input modalities supported by the model.
    ///   - maxPromptLength: The `max_prompt_length` value.
    ///   - object: The object type, which is always `"model"`.
    ///   - outputModalities: The output modalities supported by the model.
    ///   - ownedBy: Owner of the model.
    ///   - version: Version of the model.
    ///   - promptTextTokenPrice: Price of the prompt text token in USD cents per 100 million token.
    ///   - promptImageTokenPrice: Price of the prompt image token in USD cents per 100 million token.
    ///   - generatedImageTokenPrice: Price of a generated image token in USD cents per 100 million token.
    public init(
        aliases: [Swift.String],
        created: Swift.Int64,
        fingerprint: Swift.String,
        id: Swift.String,
        imagePrice: Swift.Int64? = nil,
        inputModalities: [Swift.String]? = nil,
        maxPromptLength: Swift.Int64,
        object: Swift.String,
        outputModalities: [Swift.String]? = nil,
        ownedBy: Swift.String,
        version: Swift.String,
        promptTextTokenPrice: Swift.Int64? = nil,
        promptImageTokenPrice: Swift.Int64? = nil,
        generatedImageTokenPrice: Swift.Int64? = nil,
    ) {
        self.aliases = aliases
        self.created = created
        self.fingerprint = fingerprint
        self.id = id
        self.imagePrice = imagePrice
        self.inputModalities = inputModalities
        self.maxPromptLength = maxPromptLength
        self.object = object
        self.outputModalities = outputModalities
        self.ownedBy = ownedBy
        self.version = version
        self.promptTextTokenPrice = promptTextTokenPrice
        self.promptImageTokenPrice = promptImageTokenPrice
        self.generatedImageTokenPrice = generatedImageTokenPrice
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.aliases = try container.decodeRequired([Swift.String].self, forKey: "aliases")
        self.created = try container.decodeRequired(Swift.Int64.self, forKey: "created")
        self.fingerprint = try container.decodeRequired(Swift.String.self, forKey: "fingerprint")
        self.id = try container.decodeRequired(Swift.String.self, forKey: "id")
        self.imagePrice = try container.decodeIfPresent(Swift.Int64.self, forKey: "image_price")
        self.inputModalities = try container.decodeIfPresent([Swift.String].self, forKey: "input_modalities")
        self.maxPromptLength = try container.decodeRequired(Swift.Int64.self, forKey: "max_prompt_length")
        self.object = try container.decodeRequired(Swift.String.self, forKey: "object")
        self.outputModalities = try container.decodeIfPresent([Swift.String].self, forKey: "output_modalities")
        self.ownedBy = try container.decodeRequired(Swift.String.self, forKey: "owned_by")
        self.version = try container.decodeRequired(Swift.String.self, forKey: "version")
        self.promptTextTokenPrice = try container.decodeIfPresent(Swift.Int64.self, forKey: "prompt_text_token_price")
        self.promptImageTokenPrice = try container.decodeIfPresent(Swift.Int64.self, forKey: "prompt_image_token_price")
        self.generatedImageTokenPrice = try container.decodeIfPresent(Swift.Int64.self, forKey: "generated_image_token_price")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.aliases, forKey: "aliases")
        try container.encode(self.created, forKey: "created")
        try container.encode(self.fingerprint, forKey: "fingerprint")
        try container.encode(self.id, forKey: "id")
        try container.encodeIfPresent(self.imagePrice, forKey: "image_price")
        try container.encodeIfPresent(self.inputModalities, forKey: "input_modalities")
        try container.encode(self.maxPromptLength, forKey: "max_prompt_length")
        try container.encode(self.object, forKey: "object")
        try container.encodeIfPresent(self.outputModalities, forKey: "output_modalities")
        try container.encode(self.ownedBy, forKey: "owned_by")
        try container.encode(self.version, forKey: "version")
        try container.encodeIfPresent(self.promptTextTokenPrice, forKey: "prompt_text_token_price")
        try container.encodeIfPresent(self.promptImageTokenPrice, forKey: "prompt_image_token_price")
        try container.encodeIfPresent(self.generatedImageTokenPrice, forKey: "generated_image_token_price")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
