// Generated from an OpenAPI document by the generator. Do not edit by hand.
import ClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ContentPart`.
public struct ContentPart: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// File reference for file attachments (OpenAI-compatible nesting).
    ///
    /// - Remark: Generated from `#/components/schemas/ContentPart/properties/file`.
    public var file: FileRef?
    /// A public URL of image prompt, only available for vision models.
    ///
    /// - Remark: Generated from `#/components/schemas/ContentPart/properties/image_url`.
    public var imageURL: ImageURL?
    /// Text prompt.
    ///
    /// - Remark: Generated from `#/components/schemas/ContentPart/properties/text`.
    public var text: Swift.String?
    /// The type of the content part. Can be `text`, `image_url`, `text_file` or `file`.
    ///
    /// - Remark: Generated from `#/components/schemas/ContentPart/properties/type`.
    public var type: Swift.String

    public init(
        file: FileRef? = nil,
        imageURL: ImageURL? = nil,
        text: Swift.String? = nil,
        type: Swift.String,
    ) {
        self.file = file
        self.imageURL = imageURL
        self.text = text
        self.type = type
    }

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case file
        case imageURL = "image_url"
        case text
        case type
    }
}
