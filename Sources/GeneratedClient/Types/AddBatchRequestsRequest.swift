// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/AddBatchRequestsRequest`.
public struct AddBatchRequestsRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The requests to add (at most 25 MB per call).
    ///
    /// - Remark: Generated from `#/components/schemas/AddBatchRequestsRequest/properties/batch_requests`.
    public var batchRequests: [BatchRequest]

    /// Creates an `AddBatchRequestsRequest`.
    ///
    /// - Parameters:
    ///   - batchRequests: The requests to add (at most 25 MB per call).
    public init(
        batchRequests: [BatchRequest],
    ) {
        self.batchRequests = batchRequests
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.batchRequests = try container.decode([BatchRequest].self, forKey: "batch_requests")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.batchRequests, forKey: "batch_requests")
    }
}
