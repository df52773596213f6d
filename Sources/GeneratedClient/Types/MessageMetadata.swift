// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/MessageMetadata`.
public struct MessageMetadata: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageMetadata/properties/user_id`.
    public var userID: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["user_id"])

    /// Creates a `MessageMetadata`.
    ///
    /// - Parameters:
    ///   - userID: A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
    public init(
        userID: Swift.String? = nil,
    ) {
        self.userID = userID
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.userID = try container.decodeIfPresent(Swift.String.self, forKey: "user_id")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.userID, forKey: "user_id")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
