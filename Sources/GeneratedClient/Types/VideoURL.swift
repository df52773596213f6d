// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Video input for editing and extension requests.
/// Accepts a public URL, a base64-encoded data URL, or a file_id from the xAI Files API.
///
/// - Remark: Generated from `#/components/schemas/VideoUrl`.
public struct VideoURL: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// File ID from the xAI Files API. Mutually exclusive with `url`.
    /// The file must be a video (e.g., MP4) and fully uploaded.
    ///
    /// - Remark: Generated from `#/components/schemas/VideoUrl/properties/file_id`.
    public var fileID: Swift.String?
    /// URL of the video (public URL or base64-encoded data URL).
    /// The video must have the `.mp4` file extension and be encoded with `.mp4` supported codecs such as H.265, H.264, AV1, etc.
    /// Required when `file_id` is not set.
    ///
    /// - Remark: Generated from `#/components/schemas/VideoUrl/properties/url`.
    public var url: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["file_id", "url"])

    /// Creates a `VideoURL`.
    ///
    /// - Parameters:
    ///   - fileID: File ID from the xAI Files API. Mutually exclusive with `url`.
    ///   - url: URL of the video (public URL or base64-encoded data URL).
    public init(
        fileID: Swift.String? = nil,
        url: Swift.String? = nil,
    ) {
        self.fileID = fileID
        self.url = url
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.fileID = try container.decodeIfPresent(Swift.String.self, forKey: "file_id")
        self.url = try container.decodeIfPresent(Swift.String.self, forKey: "url")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.fileID, forKey: "file_id")
        try container.encodeIfPresent(self.url, forKey: "url")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
