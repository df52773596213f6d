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
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["batch_request_id", "batch_request"])

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
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.batchRequestID, forKey: "batch_request_id")
        try container.encode(self.batchRequest, forKey: "batch_request")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
