// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
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

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case requestID = "request_id"
    }
}
