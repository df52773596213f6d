// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Video generation response.
///
/// - Remark: Generated from `#/components/schemas/VideoResponse`.
public struct VideoResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Structured error describing why video generation failed.
    /// Only present when the generation encountered a failure (4xx or 5xx).
    ///
    /// - Remark: Generated from `#/components/schemas/VideoResponse/properties/error`.
    public var error: VideoError?
    /// The model used to generate the video. Omitted when status is "failed".
    ///
    /// - Remark: Generated from `#/components/schemas/VideoResponse/properties/model`.
    public var model: Swift.String?
    /// Approximate completion percentage for the video generation task (0-100).
    /// - When status is "pending": progress is between 0-99, indicating current completion.
    /// - When status is "done": progress is 100.
    /// - When status is "failed": progress is 0.
    ///
    /// - Remark: Generated from `#/components/schemas/VideoResponse/properties/progress`.
    public var progress: Swift.Int32?
    /// Status of the video generation: "done" when the video is ready.
    ///
    /// - Remark: Generated from `#/components/schemas/VideoResponse/properties/status`.
    public var status: Swift.String
    /// Billing and cost information for this request.
    ///
    /// - Remark: Generated from `#/components/schemas/VideoResponse/properties/usage`.
    public var usage: MediaUsage?
    /// The generated video data. Omitted when status is "failed".
    ///
    /// - Remark: Generated from `#/components/schemas/VideoResponse/properties/video`.
    public var video: GeneratedVideo?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["error", "model", "progress", "status", "usage", "video"])

    /// Creates a `VideoResponse`.
    ///
    /// - Parameters:
    ///   - error: Structured error describing why video generation failed.
    ///   - model: The model used to generate the video. Omitted when status is "failed".
    ///   - progress: Approximate completion percentage for the video generation task (0-100).
    ///   - status: Status of the video generation: "done" when the video is ready.
    ///   - usage: Billing and cost information for this request.
    ///   - video: The generated video data. Omitted when status is "failed".
    public init(
        error: VideoError? = nil,
        model: Swift.String? = nil,
        progress: Swift.Int32? = nil,
        status: Swift.String,
        usage: MediaUsage? = nil,
        video: GeneratedVideo? = nil,
    ) {
        self.error = error
        self.model = model
        self.progress = progress
        self.status = status
        self.usage = usage
        self.video = video
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.error = try container.decodeIfPresent(VideoError.self, forKey: "error")
        self.model = try container.decodeIfPresent(Swift.String.self, forKey: "model")
        self.progress = try container.decodeIfPresent(Swift.Int32.self, forKey: "progress")
        self.status = try container.decodeRequired(Swift.String.self, forKey: "status")
        self.usage = try container.decodeIfPresent(MediaUsage.self, forKey: "usage")
        self.video = try container.decodeIfPresent(GeneratedVideo.self, forKey: "video")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.error, forKey: "error")
        try container.encodeIfPresent(self.model, forKey: "model")
        try container.encodeIfPresent(self.progress, forKey: "progress")
        try container.encode(self.status, forKey: "status")
        try container.encodeIfPresent(self.usage, forKey: "usage")
        try container.encodeIfPresent(self.video, forKey: "video")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
