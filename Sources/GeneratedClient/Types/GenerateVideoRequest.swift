// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Request to generate video for `/v1/videos/generations` endpoint
///
/// - Remark: Generated from `#/components/schemas/GenerateVideoRequest`.
public struct GenerateVideoRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Aspect ratio of the generated video.
    ///
    /// - Remark: Generated from `#/components/schemas/GenerateVideoRequest/properties/aspect_ratio`.
    public var aspectRatio: VideoAspectRatio?
    /// Video duration in seconds. Range: [1, 15]. Default: 8.
    /// Also accepts `seconds` for OpenAI API compatibility.
    /// Accepts both number (8) and string ("8") values.
    ///
    /// - Default: `8`.
    /// - Generated from `#/components/schemas/GenerateVideoRequest/properties/duration`.
    public var duration: Swift.Int32?
    /// Optional input image for image-to-video generation.
    /// If provided, generates video with this image as the first frame.
    /// Also accepts `input_reference` for compatibility (same semantics — first frame).
    ///
    /// - Remark: Generated from `#/components/schemas/GenerateVideoRequest/properties/image`.
    public var image: ImageURL?
    /// Model to be used.
    ///
    /// - Example: `"grok-imagine-video"`.
    /// - Generated from `#/components/schemas/GenerateVideoRequest/properties/model`.
    public var model: Swift.String?
    /// Optional output destination for generated video.
    ///
    /// - Remark: Generated from `#/components/schemas/GenerateVideoRequest/properties/output`.
    public var output: VideoOutput?
    /// Prompt for video generation. Required for text-to-video (T2V) and
    /// reference-to-video (R2V). Optional for image-to-video (I2V) — when
    /// omitted, the model generates a video from the image alone.
    ///
    /// - Remark: Generated from `#/components/schemas/GenerateVideoRequest/properties/prompt`.
    public var prompt: Swift.String?
    /// Optional reference images for reference-to-video (R2V) generation.
    /// When provided generates video using these images
    /// as style/content references.
    ///
    /// - Remark: Generated from `#/components/schemas/GenerateVideoRequest/properties/reference_images`.
    public var referenceImages: [ImageURL]?
    /// Resolution of the generated video.
    ///
    /// - Remark: Generated from `#/components/schemas/GenerateVideoRequest/properties/resolution`.
    public var resolution: VideoResolution?
    /// A unique identifier representing your end-user.
    ///
    /// - Remark: Generated from `#/components/schemas/GenerateVideoRequest/properties/user`.
    public var user: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["aspect_ratio", "duration", "image", "model", "output", "prompt", "reference_images", "resolution", "user"])

    /// Creates a `GenerateVideoRequest`.
    ///
    /// - Parameters:
    ///   - aspectRatio: Aspect ratio of the generated video.
    ///   - duration: Video duration in seconds. Range: [1, 15]. Default: 8.
    ///   - image: Optional input image for image-to-video generation.
    ///   - model: Model to be used.
    ///   - output: Optional output destination for generated video.
    ///   - prompt: Prompt for video generation. Required for text-to-video (T2V) and
    ///   - referenceImages: Optional reference images for reference-to-video (R2V) generation.
    ///   - resolution: Resolution of the generated video.
    ///   - user: A unique identifier representing your end-user.
    public init(
        aspectRatio: VideoAspectRatio? = nil,
        duration: Swift.Int32? = nil,
        image: ImageURL? = nil,
        model: Swift.String? = nil,
        output: VideoOutput? = nil,
        prompt: Swift.String? = nil,
        referenceImages: [ImageURL]? = nil,
        resolution: VideoResolution? = nil,
        user: Swift.String? = nil,
    ) {
        self.aspectRatio = aspectRatio
        self.duration = duration
        self.image = image
        self.model = model
        self.output = output
        self.prompt = prompt
        self.referenceImages = referenceImages
        self.resolution = resolution
        self.user = user
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.aspectRatio = try container.decodeIfPresent(VideoAspectRatio.self, forKey: "aspect_ratio")
        self.duration = try container.decodeIfPresent(Swift.Int32.self, forKey: "duration")
        self.image = try container.decodeIfPresent(ImageURL.self, forKey: "image")
        self.model = try container.decodeIfPresent(Swift.String.self, forKey: "model")
        self.output = try container.decodeIfPresent(VideoOutput.self, forKey: "output")
        self.prompt = try container.decodeIfPresent(Swift.String.self, forKey: "prompt")
        self.referenceImages = try container.decodeIfPresent([ImageURL].self, forKey: "reference_images")
        self.resolution = try container.decodeIfPresent(VideoResolution.self, forKey: "resolution")
        self.user = try container.decodeIfPresent(Swift.String.self, forKey: "user")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.aspectRatio, forKey: "aspect_ratio")
        try container.encodeIfPresent(self.duration, forKey: "duration")
        try container.encodeIfPresent(self.image, forKey: "image")
        try container.encodeIfPresent(self.model, forKey: "model")
        try container.encodeIfPresent(self.output, forKey: "output")
        try container.encodeIfPresent(self.prompt, forKey: "prompt")
        try container.encodeIfPresent(self.referenceImages, forKey: "reference_images")
        try container.encodeIfPresent(self.resolution, forKey: "resolution")
        try container.encodeIfPresent(self.user, forKey: "user")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
