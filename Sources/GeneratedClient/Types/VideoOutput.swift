// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Output destination for generated video.
///
/// - Remark: Generated from `#/components/schemas/VideoOutput`.
public struct VideoOutput: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Signed URL to upload the generated video via HTTP PUT.
    ///
    /// - Remark: Generated from `#/components/schemas/VideoOutput/properties/upload_url`.
    public var uploadURL: Swift.String

    /// Creates a `VideoOutput`.
    ///
    /// - Parameters:
    ///   - uploadURL: Signed URL to upload the generated video via HTTP PUT.
    public init(
        uploadURL: Swift.String,
    ) {
        self.uploadURL = uploadURL
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.uploadURL = try container.decode(Swift.String.self, forKey: "upload_url")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.uploadURL, forKey: "upload_url")
    }
}
