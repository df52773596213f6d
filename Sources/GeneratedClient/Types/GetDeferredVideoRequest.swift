// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// Request to get deferred video result with a request ID.
///
/// - Remark: Generated from `#/components/schemas/GetDeferredVideoRequest`.
public struct GetDeferredVideoRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The request ID returned by a previous video generation request.
    ///
    /// - Remark: Generated from `#/components/schemas/GetDeferredVideoRequest/properties/request_id`.
    public var requestID: Swift.String

    /// Creates a `GetDeferredVideoRequest`.
    ///
    /// - Parameters:
    ///   - requestID: The request ID returned by a previous video generation request.
    public init(
        requestID: Swift.String,
    ) {
        self.requestID = requestID
    }

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case requestID = "request_id"
    }
}
