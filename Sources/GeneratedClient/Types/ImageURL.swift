// Generated from an OpenAPI document by the generator. Do not edit by hand.
import ClientRuntime
import Foundation

/// Image input for generation and editing requests.
/// Accepts a public URL, a base64-encoded data URL, or a file_id from the xAI Files API.
///
/// - Remark: Generated from `#/components/schemas/ImageUrl`.
public struct ImageURL: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// File ID from the xAI Files API. Mutually exclusive with `url`.
    /// The file must be an image (JPEG, PNG, or WebP) and fully uploaded.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageUrl/properties/file_id`.
    public var fileID: Swift.String?
    /// Public URL or base64-encoded data URL of the image (JPEG, PNG, or WebP).
    /// Also accepts `image_url` for compatibility.
    /// Required when `file_id` is not set.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageUrl/properties/url`.
    public var url: Swift.String?

    public init(
        fileID: Swift.String? = nil,
        url: Swift.String? = nil,
    ) {
        self.fileID = fileID
        self.url = url
    }

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case fileID = "file_id"
        case url
    }
}
