// Generated from an OpenAPI document by the generator. Do not edit by hand.
import ClientRuntime
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
    public var type: Swift.String

    public init(
        encryptedContent: Swift.String,
        id: Swift.String? = nil,
        type: Swift.String = "compaction",
    ) {
        self.encryptedContent = encryptedContent
        self.id = id
        self.type = type
    }

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case encryptedContent = "encrypted_content"
        case id
        case type
    }
}
