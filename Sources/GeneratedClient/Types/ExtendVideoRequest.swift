// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Request for extending a video for `/v1/videos/extensions` endpoint
///
/// - Remark: Generated from `#/components/schemas/ExtendVideoRequest`.
public struct ExtendVideoRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Duration of the extension segment to generate in seconds (1-10).
    /// Defaults to 6 seconds if not specified.
    ///
    /// - Remark: Generated from `#/components/schemas/ExtendVideoRequest/properties/duration`.
    public var duration: Swift.Int32?
    /// Model to be used.
    ///
    /// - Example: `"grok-imagine-video"`.
    /// - Generated from `#/components/schemas/ExtendVideoRequest/properties/model`.
    public var model: Swift.String?
    /// Optional output destination for generated video.
    ///
    /// - Remark: Generated from `#/components/schemas/ExtendVideoRequest/properties/output`.
    public var output: VideoOutput?
    /// Prompt describing what should happen next in the video.
    ///
    /// - Remark: Generated from `#/components/schemas/ExtendVideoRequest/properties/prompt`.
    public var prompt: Swift.String
    /// Input video to extend. The extension continues from the end of this video.
    /// Input video must be between 2 and 30 seconds long.
    ///
    /// - Remark: Generated from `#/components/schemas/ExtendVideoRequest/properties/video`.
    public var video: VideoURL
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["duration", "model", "output", "prompt", "video"])

    /// Creates an `ExtendVideoRequest`.
    ///
    /// - Parameters:
    ///   - duration: Duration of the extension segment to generate in seconds (1-10).
    ///   - model: Model to be used.
    ///   - output: Optional output destination for generated video.
    ///   - prompt: Prompt describing what should happen next in the video.
    ///   - video: Input video to extend. The extension continues from the end of this video.
    public init(
        duration: Swift.Int32? = nil,
        model: Swift.String? = nil,
        output: VideoOutput? = nil,
        prompt: Swift.String,
        video: VideoURL,
    ) {
        self.duration = duration
        self.model = model
        self.output = output
        self.prompt = prompt
        self.video = video
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.duration = try container.decodeIfPresent(Swift.Int32.self, forKey: "duration")
        self.model = try container.decodeIfPresent(Swift.String.self, forKey: "model")
        self.output = try container.decodeIfPresent(VideoOutput.self, forKey: "output")
        self.prompt = try container.decode(Swift.String.self, forKey: "prompt")
        self.video = try container.decode(VideoURL.self, forKey: "video")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.duration, forKey: "duration")
        try container.encodeIfPresent(self.model, forKey: "model")
        try container.encodeIfPresent(self.output, forKey: "output")
        try container.encode(self.prompt, forKey: "prompt")
        try container.encode(self.video, forKey: "video")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
