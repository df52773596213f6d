// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Query parameters for downloading file content.
///
/// - Remark: Generated from `#/components/schemas/DownloadFileContentParams`.
public struct DownloadFileContentParams: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Format of the downloaded content.
    ///
    /// - Remark: Generated from `#/components/schemas/DownloadFileContentParams/properties/format`.
    public var format: ContentFormat?

    /// Creates a `DownloadFileContentParams`.
    ///
    /// - Parameters:
    ///   - format: Format of the downloaded content.
    public init(
        format: ContentFormat? = nil,
    ) {
        self.format = format
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.format = try container.decodeIfPresent(ContentFormat.self, forKey: "format")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.format, forKey: "format")
    }
}
