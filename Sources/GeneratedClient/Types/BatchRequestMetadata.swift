// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/BatchRequestMetadata`.
public struct BatchRequestMetadata: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/BatchRequestMetadata/properties/batch_request_id`.
    public var batchRequestID: Swift.String
    /// The request's state (`pending`, `succeeded`, `failed`, `cancelled`).
    ///
    /// - Remark: Generated from `#/components/schemas/BatchRequestMetadata/properties/state`.
    public var state: Swift.String?

    /// Creates a `BatchRequestMetadata`.
    ///
    /// - Parameters:
    ///   - batchRequestID: The `batch_request_id` value.
    ///   - state: The request's state (`pending`, `succeeded`, `failed`, `cancelled`).
    public init(
        batchRequestID: Swift.String,
        state: Swift.String? = nil,
    ) {
        self.batchRequestID = batchRequestID
        self.state = state
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.batchRequestID = try container.decodeRequired(Swift.String.self, forKey: "batch_request_id")
        self.state = try container.decodeIfPresent(Swift.String.self, forKey: "state")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.batchRequestID, forKey: "batch_request_id")
        try container.encodeIfPresent(self.state, forKey: "state")
    }
}
