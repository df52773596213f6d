// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Generated images
///
/// - Remark: Generated from `#/components/schemas/GeneratedImage`.
public struct GeneratedImage: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A base64-encoded string representation of the generated image (without the data-URI prefix), if `b64_json` is specified as `response_format` in the request.
    ///
    /// - Remark: Generated from `#/components/schemas/GeneratedImage/properties/b64_json`.
    public var b64JSON: Swift.String?
    /// The MIME type of the generated image (e.g. `image/png`, `image/jpeg`, `image/webp`).
    ///
    /// - Remark: Generated from `#/components/schemas/GeneratedImage/properties/mime_type`.
    public var mimeType: Swift.String?
    /// A url to the generated image, if `response_format` is not specified or with `url` in the request.
    ///
    /// - Remark: Generated from `#/components/schemas/GeneratedImage/properties/url`.
    public var url: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["b64_json", "mime_type", "url"])

    /// Creates a `GeneratedImage`.
    ///
    /// - Parameters:
    ///   - b64JSON: A base64-encoded string representation of the generated image (without the data-URI prefix), if `b64_json` is specified as `response_format` in the request.
    ///   - mimeType: The MIME type of the generated image (e.g. `image/png`, `image/jpeg`, `image/webp`).
    ///   - url: A url to the generated image, if `response_format` is not specified or with `url` in the request.
    public init(
        b64JSON: Swift.String? = nil,
        mimeType: Swift.String? = nil,
        url: Swift.String? = nil,
    ) {
        self.b64JSON = b64JSON
        self.mimeType = mimeType
        self.url = url
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.b64JSON = try container.decodeIfPresent(Swift.String.self, forKey: "b64_json")
        self.mimeType = try container.decodeIfPresent(Swift.String.self, forKey: "mime_type")
        self.url = try container.decodeIfPresent(Swift.String.self, forKey: "url")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.b64JSON, forKey: "b64_json")
        try container.encodeIfPresent(self.mimeType, forKey: "mime_type")
        try container.encodeIfPresent(self.url, forKey: "url")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
