// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/AddBatchRequestsRequest`.
public struct AddBatchRequestsRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The requests to add (at most 25 MB per call).
    ///
    /// - Remark: Generated from `#/components/schemas/AddBatchRequestsRequest/properties/batch_requests`.
    public var batchRequests: [BatchRequest]
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["batch_requests"])

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
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.batchRequests, forKey: "batch_requests")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
