// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// A file generated during the model's response (e.g., by the code execution tool).
///
/// - Remark: Generated from `#/components/schemas/OutputFile`.
public struct OutputFile: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The file ID from the Files API. Use this to download the file.
    ///
    /// - Remark: Generated from `#/components/schemas/OutputFile/properties/file_id`.
    public var fileID: Swift.String
    /// The display name of the file.
    ///
    /// - Remark: Generated from `#/components/schemas/OutputFile/properties/name`.
    public var name: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["file_id", "name"])

    /// Creates an `OutputFile`.
    ///
    /// - Parameters:
    ///   - fileID: The file ID from the Files API. Use this to download the file.
    ///   - name: The display name of the file.
    public init(
        fileID: Swift.String,
        name: Swift.String,
    ) {
        self.fileID = fileID
        self.name = name
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.fileID = try container.decodeRequired(Swift.String.self, forKey: "file_id")
        self.name = try container.decodeRequired(Swift.String.self, forKey: "name")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.fileID, forKey: "file_id")
        try container.encode(self.name, forKey: "name")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
