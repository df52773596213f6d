// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// One request of a batch.
///
/// - Remark: Generated from `#/components/schemas/BatchRequest`.
public struct BatchRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Your ID for the request; results carry it back.
    ///
    /// - Remark: Generated from `#/components/schemas/BatchRequest/properties/batch_request_id`.
    public var batchRequestID: Swift.String?
    /// - Remark: Generated from `#/components/schemas/BatchRequest/properties/batch_request`.
    public var batchRequest: BatchRequestBody

    /// Creates a `BatchRequest`.
    ///
    /// - Parameters:
    ///   - batchRequestID: Your ID for the request; results carry it back.
    ///   - batchRequest: The `batch_request` value.
    public init(
        batchRequestID: Swift.String? = nil,
        batchRequest: BatchRequestBody,
    ) {
        self.batchRequestID = batchRequestID
        self.batchRequest = batchRequest
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.batchRequestID = try container.decodeIfPresent(Swift.String.self, forKey: "batch_request_id")
        self.batchRequest = try container.decode(BatchRequestBody.self, forKey: "batch_request")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.batchRequestID, forKey: "batch_request_id")
        try container.encode(self.batchRequest, forKey: "batch_request")
    }
}
