// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
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
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.fileID = try container.decodeRequired(Swift.String.self, forKey: .fileID)
        self.name = try container.decodeRequired(Swift.String.self, forKey: .name)
    }

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case fileID = "file_id"
        case name
    }
}
