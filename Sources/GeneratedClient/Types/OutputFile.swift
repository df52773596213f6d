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
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.fileID, forKey: "file_id")
        try container.encode(self.name, forKey: "name")
    }
}
