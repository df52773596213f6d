// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
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
    /// How closely the model looks at the image; `high` spends more tokens on detail.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageUrl/properties/detail`.
    public var detail: ImageURL.Detail?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["file_id", "url", "detail"])

    /// Creates an `ImageURL`.
    ///
    /// - Parameters:
    ///   - fileID: File ID from the xAI Files API. Mutually exclusive with `url`.
    ///   - url: Public URL or base64-encoded data URL of the image (JPEG, PNG, or WebP).
    ///   - detail: How closely the model looks at the image; `high` spends more tokens on detail.
    public init(
        fileID: Swift.String? = nil,
        url: Swift.String? = nil,
        detail: ImageURL.Detail? = nil,
    ) {
        self.fileID = fileID
        self.url = url
        self.detail = detail
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.fileID = try container.decodeIfPresent(Swift.String.self, forKey: "file_id")
        self.url = try container.decodeIfPresent(Swift.String.self, forKey: "url")
        self.detail = try container.decodeIfPresent(ImageURL.Detail.self, forKey: "detail")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.fileID, forKey: "file_id")
        try container.encodeIfPresent(self.url, forKey: "url")
        try container.encodeIfPresent(self.detail, forKey: "detail")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

extension ImageURL {
    /// How closely the model looks at the image; `high` spends more tokens on detail.
    ///
    /// - Remark: Generated from `#/components/schemas/ImageUrl/properties/detail`.
    public enum Detail: GeneratedClientRuntime.OpenEnum {
        case auto
        case low
        case high
        /// A value this client does not know yet; decoding never fails because the server added one.
        case unknown(Swift.String)

        public init(rawValue: Swift.String) {
            switch rawValue {
            case "auto": self = .auto
            case "low": self = .low
            case "high": self = .high
            default: self = .unknown(rawValue)
            }
        }

        public var rawValue: Swift.String {
            switch self {
            case .auto: "auto"
            case .low: "low"
            case .high: "high"
            case .unknown(let value): value
            }
        }
    }
}
