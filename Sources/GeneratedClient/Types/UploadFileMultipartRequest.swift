// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Multipart form fields accepted by `POST /v1/files`. The `expires_after`
/// field MUST appear before `file` in the multipart body when both are
/// present (the upload handler streams `file` straight to gRPC and cannot
/// rewind to read metadata after).
///
/// - Remark: Generated from `#/components/schemas/UploadFileMultipartRequest`.
public struct UploadFileMultipartRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Optional TTL in seconds (measured from upload time). Must be between
    /// 3600 (1 hour) and 2592000 (30 days). If unset the file does not expire.
    ///
    /// Accepts either a plain integer or the OpenAI SDK deepObject form
    /// (`expires_after[anchor]=created_at` + `expires_after[seconds]=N`)
    /// as separate multipart fields. The anchor+seconds form must arrive
    /// before the `file` part.
    ///
    /// - Remark: Generated from `#/components/schemas/UploadFileMultipartRequest/properties/expires_after`.
    public var expiresAfter: Swift.Int64?
    /// The file to upload. The filename from the multipart
    /// `Content-Disposition: filename=` header is recorded as the file's
    /// `filename`.
    ///
    /// - Remark: Generated from `#/components/schemas/UploadFileMultipartRequest/properties/file`.
    public var file: GeneratedClientRuntime.FileUpload
    /// Optional purpose label, accepted for OpenAI SDK compatibility. xAI
    /// does not enforce or interpret this field. Setting `"assistants"`
    /// is the conventional choice.
    ///
    /// - Remark: Generated from `#/components/schemas/UploadFileMultipartRequest/properties/purpose`.
    public var purpose: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["expires_after", "file", "purpose"])

    /// Creates an `UploadFileMultipartRequest`.
    ///
    /// - Parameters:
    ///   - expiresAfter: Optional TTL in seconds (measured from upload time). Must be between
    ///   - file: The file to upload. The filename from the multipart
    ///   - purpose: Optional purpose label, accepted for OpenAI SDK compatibility. xAI
    public init(
        expiresAfter: Swift.Int64? = nil,
        file: GeneratedClientRuntime.FileUpload,
        purpose: Swift.String? = nil,
    ) {
        self.expiresAfter = expiresAfter
        self.file = file
        self.purpose = purpose
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.expiresAfter = try container.decodeIfPresent(Swift.Int64.self, forKey: "expires_after")
        self.file = try container.decode(GeneratedClientRuntime.FileUpload.self, forKey: "file")
        self.purpose = try container.decodeIfPresent(Swift.String.self, forKey: "purpose")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.expiresAfter, forKey: "expires_after")
        try container.encode(self.file, forKey: "file")
        try container.encodeIfPresent(self.purpose, forKey: "purpose")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
