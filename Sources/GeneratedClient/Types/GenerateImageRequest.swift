// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/GenerateImageRequest`.
public struct GenerateImageRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Aspect ratio of the generated image. Can be `1:1`, `3:4`, `4:3`, `9:16`, `16:9`, `2:3`, `3:2`, `9:19.5`, `19.5:9`, `9:20`, `20:9`, `1:2`, `2:1`, or `auto`.
    /// Defaults to `auto` for automatically selecting the best ratio for the prompt.
    /// Only supported by grok-imagine models.
    ///
    /// - Remark: Generated from `#/components/schemas/GenerateImageRequest/properties/aspect_ratio`.
    public var aspectRatio: ImageAspectRatio?
    /// Model to be used.
    ///
    /// - Example: `"grok-imagine-image"`.
    /// - Generated from `#/components/schemas/GenerateImageRequest/properties/model`.
    public var model: Swift.String?
    /// Number of images to be generated
    ///
    /// - Default: `1`.
    /// - Generated from `#/components/schemas/GenerateImageRequest/properties/n`.
    public var n: Swift.Int32?
    /// Prompt for image generation.
    ///
    /// - Remark: Generated from `#/components/schemas/GenerateImageRequest/properties/prompt`.
    public var prompt: Swift.String?
    /// Resolution of the generated image. Defaults to `1k`.
    /// Only supported by grok-imagine models.
    ///
    /// - Remark: Generated from `#/components/schemas/GenerateImageRequest/properties/resolution`.
    public var resolution: ImageResolution?
    /// Response format to return the image in. Can be url or b64_json. If b64_json is specified, the image will be returned as a base64-encoded string instead of a url to the generated image file.
    ///
    /// - Default: `"url"`.
    /// - Generated from `#/components/schemas/GenerateImageRequest/properties/response_format`.
    public var responseFormat: Swift.String?
    /// A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
    ///
    /// - Remark: Generated from `#/components/schemas/GenerateImageRequest/properties/user`.
    public var user: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["aspect_ratio", "model", "n", "prompt", "resolution", "response_format", "user"])

    /// Creates a `GenerateImageRequest`.
    ///
    /// - Parameters:
    ///   - aspectRatio: Aspect ratio of the generated image. Can be `1:1`, `3:4`, `4:3`, `9:16`, `16:9`, `2:3`, `3:2`, `9:19.5`, `19.5:9`, `9:20`, `20:9`, `1:2`, `2:1`, or `auto`.
    ///   - model: Model to be used.
    ///   - n: Number of images to be generated
    ///   - prompt: Prompt for image generation.
    ///   - resolution: Resolution of the generated image. Defaults to `1k`.
    ///   - responseFormat: Response format to return the image in. Can be url or b64_json. If b64_json is specified, the image will be returned as a base64-encoded string instead of a url to the generated image file.
    ///   - user: A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
    public init(
        aspectRatio: ImageAspectRatio? = nil,
        model: Swift.String? = nil,
        n: Swift.Int32? = nil,
        prompt: Swift.String? = nil,
        resolution: ImageResolution? = nil,
        responseFormat: Swift.String? = nil,
        user: Swift.String? = nil,
    ) {
        self.aspectRatio = aspectRatio
        self.model = model
        self.n = n
        self.prompt = prompt
        self.resolution = resolution
        self.responseFormat = responseFormat
        self.user = user
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.aspectRatio = try container.decodeIfPresent(ImageAspectRatio.self, forKey: "aspect_ratio")
        self.model = try container.decodeIfPresent(Swift.String.self, forKey: "model")
        self.n = try container.decodeIfPresent(Swift.Int32.self, forKey: "n")
        self.prompt = try container.decodeIfPresent(Swift.String.self, forKey: "prompt")
        self.resolution = try container.decodeIfPresent(ImageResolution.self, forKey: "resolution")
        self.responseFormat = try container.decodeIfPresent(Swift.String.self, forKey: "response_format")
        self.user = try container.decodeIfPresent(Swift.String.self, forKey: "user")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.aspectRatio, forKey: "aspect_ratio")
        try container.encodeIfPresent(self.model, forKey: "model")
        try container.encodeIfPresent(self.n, forKey: "n")
        try container.encodeIfPresent(self.prompt, forKey: "prompt")
        try container.encodeIfPresent(self.resolution, forKey: "resolution")
        try container.encodeIfPresent(self.responseFormat, forKey: "response_format")
        try container.encodeIfPresent(self.user, forKey: "user")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
