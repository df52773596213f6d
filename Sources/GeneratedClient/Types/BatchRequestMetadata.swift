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
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["batch_request_id", "state"])

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
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.batchRequestID, forKey: "batch_request_id")
        try container.encodeIfPresent(self.state, forKey: "state")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
