// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/MessageMetadata`.
public struct MessageMetadata: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageMetadata/properties/user_id`.
    public var userID: Swift.String?

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
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.userID, forKey: "user_id")
    }
}
