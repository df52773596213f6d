// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Response to delete a stored completion.
///
/// - Remark: Generated from `#/components/schemas/DeleteStoredCompletionResponse`.
public struct DeleteStoredCompletionResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Whether the response was successfully deleted.
    ///
    /// - Remark: Generated from `#/components/schemas/DeleteStoredCompletionResponse/properties/deleted`.
    public var deleted: Swift.Bool
    /// The response_id to be deleted.
    ///
    /// - Remark: Generated from `#/components/schemas/DeleteStoredCompletionResponse/properties/id`.
    public var id: Swift.String
    /// The deleted object type, which is always `response`.
    ///
    /// - Remark: Generated from `#/components/schemas/DeleteStoredCompletionResponse/properties/object`.
    public var object: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["deleted", "id", "object"])

    /// Creates a `DeleteStoredCompletionResponse`.
    ///
    /// - Parameters:
    ///   - deleted: Whether the response was successfully deleted.
    ///   - id: The response_id to be deleted.
    ///   - object: The deleted object type, which is always `response`.
    public init(
        deleted: Swift.Bool,
        id: Swift.String,
        object: Swift.String,
    ) {
        self.deleted = deleted
        self.id = id
        self.object = object
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.deleted = try container.decodeRequired(Swift.Bool.self, forKey: "deleted")
        self.id = try container.decodeRequired(Swift.String.self, forKey: "id")
        self.object = try container.decodeRequired(Swift.String.self, forKey: "object")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.deleted, forKey: "deleted")
        try container.encode(self.id, forKey: "id")
        try container.encode(self.object, forKey: "object")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
