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
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["upload_url"])

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
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.uploadURL, forKey: "upload_url")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
