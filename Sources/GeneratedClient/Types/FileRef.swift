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
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["file_id", "url"])

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
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.fileID, forKey: "file_id")
        try container.encodeIfPresent(self.url, forKey: "url")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
