// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// A batch of requests processed in the background.
///
/// - Remark: Generated from `#/components/schemas/Batch`.
public struct Batch: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The ID of the batch.
    ///
    /// - Remark: Generated from `#/components/schemas/Batch/properties/batch_id`.
    public var batchID: Swift.String
    /// The human-readable name of the batch.
    ///
    /// - Remark: Generated from `#/components/schemas/Batch/properties/name`.
    public var name: Swift.String?
    /// When the batch was created (RFC 3339).
    ///
    /// - Remark: Generated from `#/components/schemas/Batch/properties/create_time`.
    public var createTime: Swift.String?
    /// ID of the API key that created the batch.
    ///
    /// - Remark: Generated from `#/components/schemas/Batch/properties/create_api_key_id`.
    public var createAPIKeyID: Swift.String?
    /// - Remark: Generated from `#/components/schemas/Batch/properties/state`.
    public var state: BatchState?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["batch_id", "name", "create_time", "create_api_key_id", "state"])

    /// Creates a `Batch`.
    ///
    /// - Parameters:
    ///   - batchID: The ID of the batch.
    ///   - name: The human-readable name of the batch.
    ///   - createTime: When the batch was created (RFC 3339).
    ///   - createAPIKeyID: ID of the API key that created the batch.
    ///   - state: The `state` value.
    public init(
        batchID: Swift.String,
        name: Swift.String? = nil,
        createTime: Swift.String? = nil,
        createAPIKeyID: Swift.String? = nil,
        state: BatchState? = nil,
    ) {
        self.batchID = batchID
        self.name = name
        self.createTime = createTime
        self.createAPIKeyID = createAPIKeyID
        self.state = state
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.batchID = try container.decodeRequired(Swift.String.self, forKey: "batch_id")
        self.name = try container.decodeIfPresent(Swift.String.self, forKey: "name")
        self.createTime = try container.decodeIfPresent(Swift.String.self, forKey: "create_time")
        self.createAPIKeyID = try container.decodeIfPresent(Swift.String.self, forKey: "create_api_key_id")
        self.state = try container.decodeIfPresent(BatchState.self, forKey: "state")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.batchID, forKey: "batch_id")
        try container.encodeIfPresent(self.name, forKey: "name")
        try container.encodeIfPresent(self.createTime, forKey: "create_time")
        try container.encodeIfPresent(self.createAPIKeyID, forKey: "create_api_key_id")
        try container.encodeIfPresent(self.state, forKey: "state")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
