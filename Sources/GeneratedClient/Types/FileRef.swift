// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/FileRef`.
public struct FileRef: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The file ID from the Files API.
    ///
    /// - Remark: Generated from `#/components/schemas/FileRef/properties/file_id`.
    public var fileID: Swift.String?
    /// Public URL for a file attachment.
    ///
    /// - Remark: Generated from `#/components/schemas/FileRef/properties/url`.
    public var url: Swift.String?

    /// Creates a `FileRef`.
    ///
    /// - Parameters:
    ///   - fileID: The file ID from the Files API.
    ///   - url: Public URL for a file attachment.
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
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.fileID, forKey: "file_id")
        try container.encodeIfPresent(self.url, forKey: "url")
    }
}
