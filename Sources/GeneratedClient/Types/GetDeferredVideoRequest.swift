// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
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

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.requestID = try container.decode(Swift.String.self, forKey: "request_id")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.requestID, forKey: "request_id")
    }
}
