// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// A compaction item from a previous `/v1/responses/compact` call.
///
/// Accepted as input in `/v1/responses` calls. Clients must treat
/// `encrypted_content` as opaque — do not parse or depend on its
/// internal structure.
///
/// - Remark: Generated from `#/components/schemas/CompactionOutputItem`.
public struct CompactionOutputItem: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The encrypted content of the compacted conversation.
    ///
    /// - Remark: Generated from `#/components/schemas/CompactionOutputItem/properties/encrypted_content`.
    public var encryptedContent: Swift.String
    /// The unique ID of the compaction item (e.g. `cmp_`).
    ///
    /// - Remark: Generated from `#/components/schemas/CompactionOutputItem/properties/id`.
    public var id: Swift.String?
    /// The type of the item. Always `"compaction"`.
    ///
    /// - Remark: Generated from `#/components/schemas/CompactionOutputItem/properties/type`.
    public var type: Swift.String { "compaction" }
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["encrypted_content", "id", "type"])

    /// Creates a `CompactionOutputItem`.
    ///
    /// - Parameters:
    ///   - encryptedContent: The encrypted content of the compacted conversation.
    ///   - id: The unique ID of the compaction item (e.g. `cmp_`).
    public init(
        encryptedContent: Swift.String,
        id: Swift.String? = nil,
    ) {
        self.encryptedContent = encryptedContent
        self.id = id
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.encryptedContent = try container.decodeRequired(Swift.String.self, forKey: "encrypted_content")
        self.id = try container.decodeIfPresent(Swift.String.self, forKey: "id")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.encryptedContent, forKey: "encrypted_content")
        try container.encodeIfPresent(self.id, forKey: "id")
        try GeneratedClientRuntime.UnionCoding.encodeTag("compaction", as: "type", to: encoder)
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
