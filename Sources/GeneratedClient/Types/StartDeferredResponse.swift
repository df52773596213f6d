// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Response for starting a deferred operation.
///
/// - Remark: Generated from `#/components/schemas/StartDeferredResponse`.
public struct StartDeferredResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A unique request ID to poll for the result.
    ///
    /// - Remark: Generated from `#/components/schemas/StartDeferredResponse/properties/request_id`.
    public var requestID: Swift.String

    /// Creates a `StartDeferredResponse`.
    ///
    /// - Parameters:
    ///   - requestID: A unique request ID to poll for the result.
    public init(
        requestID: Swift.String,
    ) {
        self.requestID = requestID
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.requestID = try container.decodeRequired(Swift.String.self, forKey: "request_id")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.requestID, forKey: "request_id")
    }
}
