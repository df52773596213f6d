// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Request for editing video for `/v1/videos/edits` endpoint
///
/// - Remark: Generated from `#/components/schemas/EditVideoRequest`.
public struct EditVideoRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Model to be used.
    ///
    /// - Example: `"grok-imagine-video"`.
    /// - Generated from `#/components/schemas/EditVideoRequest/properties/model`.
    public var model: Swift.String?
    /// Optional output destination for generated video.
    ///
    /// - Remark: Generated from `#/components/schemas/EditVideoRequest/properties/output`.
    public var output: VideoOutput?
    /// Prompt for video editing.
    ///
    /// - Remark: Generated from `#/components/schemas/EditVideoRequest/properties/prompt`.
    public var prompt: Swift.String
    /// A unique identifier representing your end-user.
    ///
    /// - Remark: Generated from `#/components/schemas/EditVideoRequest/properties/user`.
    public var user: Swift.String?
    /// Input video to perform edit on.
    ///
    /// - Remark: Generated from `#/components/schemas/EditVideoRequest/properties/video`.
    public var video: VideoURL
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["model", "output", "prompt", "user", "video"])

    /// Creates an `EditVideoRequest`.
    ///
    /// - Parameters:
    ///   - model: Model to be used.
    ///   - output: Optional output destination for generated video.
    ///   - prompt: Prompt for video editing.
    ///   - user: A unique identifier representing your end-user.
    ///   - video: Input video to perform edit on.
    public init(
        model: Swift.String? = nil,
        output: VideoOutput? = nil,
        prompt: Swift.String,
        user: Swift.String? = nil,
        video: VideoURL,
    ) {
        self.model = model
        self.output = output
        self.prompt = prompt
        self.user = user
        self.video = video
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.model = try container.decodeIfPresent(Swift.String.self, forKey: "model")
        self.output = try container.decodeIfPresent(VideoOutput.self, forKey: "output")
        self.prompt = try container.decode(Swift.String.self, forKey: "prompt")
        self.user = try container.decodeIfPresent(Swift.String.self, forKey: "user")
        self.video = try container.decode(VideoURL.self, forKey: "video")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.model, forKey: "model")
        try container.encodeIfPresent(self.output, forKey: "output")
        try container.encode(self.prompt, forKey: "prompt")
        try container.encodeIfPresent(self.user, forKey: "user")
        try container.encode(self.video, forKey: "video")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
