// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/StartDeferredChatResponse`.
public struct StartDeferredChatResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A unique request ID for the chat response.
    ///
    /// - Remark: Generated from `#/components/schemas/StartDeferredChatResponse/properties/request_id`.
    public var requestID: Swift.String

    /// Creates a `StartDeferredChatResponse`.
    ///
    /// - Parameters:
    ///   - requestID: A unique request ID for the chat response.
    public init(
        requestID: Swift.String,
    ) {
        self.requestID = requestID
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.requestID = try container.decode(Swift.String.self, forKey: "request_id")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.requestID, forKey: "request_id")
    }
}
