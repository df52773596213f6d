// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/DeleteFileResponse`.
public struct DeleteFileResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Whether the file was deleted.
    ///
    /// - Remark: Generated from `#/components/schemas/DeleteFileResponse/properties/deleted`.
    public var deleted: Swift.Bool
    /// The ID of the file.
    ///
    /// - Remark: Generated from `#/components/schemas/DeleteFileResponse/properties/id`.
    public var id: Swift.String
    /// The object type, which is always "file". Only included for compatibility.
    ///
    /// - Remark: Generated from `#/components/schemas/DeleteFileResponse/properties/object`.
    public var object: Swift.String?

    /// Creates a `DeleteFileResponse`.
    ///
    /// - Parameters:
    ///   - deleted: Whether the file was deleted.
    ///   - id: The ID of the file.
    ///   - object: The object type, which is always "file". Only included for compatibility.
    public init(
        deleted: Swift.Bool,
        id: Swift.String,
        object: Swift.String? = nil,
    ) {
        self.deleted = deleted
        self.id = id
        self.object = object
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.deleted = try container.decodeRequired(Swift.Bool.self, forKey: "deleted")
        self.id = try container.decodeRequired(Swift.String.self, forKey: "id")
        self.object = try container.decodeIfPresent(Swift.String.self, forKey: "object")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.deleted, forKey: "deleted")
        try container.encode(self.id, forKey: "id")
        try container.encodeIfPresent(self.object, forKey: "object")
    }
}
