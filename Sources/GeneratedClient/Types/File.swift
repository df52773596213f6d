// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// An uploaded file.
///
/// - Remark: Generated from `#/components/schemas/File`.
public struct File: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The size of the file, in bytes.
    ///
    /// - Remark: Generated from `#/components/schemas/File/properties/bytes`.
    public var bytes: Swift.Int64
    /// The Unix timestamp (in seconds) for file creation time.
    ///
    /// - Remark: Generated from `#/components/schemas/File/properties/created_at`.
    public var createdAt: Swift.Int64
    /// The Unix timestamp (in seconds) for file expiry time. null if file does not expire.
    ///
    /// - Remark: Generated from `#/components/schemas/File/properties/expires_at`.
    public var expiresAt: Swift.Int64?
    /// The name of the file.
    ///
    /// - Remark: Generated from `#/components/schemas/File/properties/filename`.
    public var filename: Swift.String
    /// The file identifier, which can be used in other API requests.
    ///
    /// - Remark: Generated from `#/components/schemas/File/properties/id`.
    public var id: Swift.String
    /// The object type, which is always `file`. Only included for compatability.
    ///
    /// - Remark: Generated from `#/components/schemas/File/properties/object`.
    public var object: Swift.String
    /// The intended purpose of the uploaded file. Only included for OAI compatability.
    ///
    /// - Remark: Generated from `#/components/schemas/File/properties/purpose`.
    public var purpose: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["bytes", "created_at", "expires_at", "filename", "id", "object", "purpose"])

    /// Creates a `File`.
    ///
    /// - Parameters:
    ///   - bytes: The size of the file, in bytes.
    ///   - createdAt: The Unix timestamp (in seconds) for file creation time.
    ///   - expiresAt: The Unix timestamp (in seconds) for file expiry time. null if file does not expire.
    ///   - filename: The name of the file.
    ///   - id: The file identifier, which can be used in other API requests.
    ///   - object: The object type, which is always `file`. Only included for compatability.
    ///   - purpose: The intended purpose of the uploaded file. Only included for OAI compatability.
    public init(
        bytes: Swift.Int64,
        createdAt: Swift.Int64,
        expiresAt: Swift.Int64? = nil,
        filename: Swift.String,
        id: Swift.String,
        object: Swift.String,
        purpose: Swift.String? = nil,
    ) {
        self.bytes = bytes
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.filename = filename
        self.id = id
        self.object = object
        self.purpose = purpose
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.bytes = try container.decodeRequired(Swift.Int64.self, forKey: "bytes")
        self.createdAt = try container.decodeRequired(Swift.Int64.self, forKey: "created_at")
        self.expiresAt = try container.decodeIfPresent(Swift.Int64.self, forKey: "expires_at")
        self.filename = try container.decodeRequired(Swift.String.self, forKey: "filename")
        self.id = try container.decodeRequired(Swift.String.self, forKey: "id")
        self.object = try container.decodeRequired(Swift.String.self, forKey: "object")
        self.purpose = try container.decodeIfPresent(Swift.String.self, forKey: "purpose")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.bytes, forKey: "bytes")
        try container.encode(self.createdAt, forKey: "created_at")
        try container.encodeIfPresent(self.expiresAt, forKey: "expires_at")
        try container.encode(self.filename, forKey: "filename")
        try container.encode(self.id, forKey: "id")
        try container.encode(self.object, forKey: "object")
        try container.encodeIfPresent(self.purpose, forKey: "purpose")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
