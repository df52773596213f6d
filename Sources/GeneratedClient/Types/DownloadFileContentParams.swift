// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
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
}
