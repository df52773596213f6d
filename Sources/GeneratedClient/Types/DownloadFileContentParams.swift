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
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["format"])

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
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.format, forKey: "format")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
