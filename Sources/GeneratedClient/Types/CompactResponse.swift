// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// A compacted input window.
///
/// - Remark: Generated from `#/components/schemas/CompactResponse`.
public struct CompactResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Unix timestamp (seconds) when the compaction was created.
    ///
    /// - Remark: Generated from `#/components/schemas/CompactResponse/properties/created_at`.
    public var createdAt: Swift.Int64
    /// Unique ID of this compaction (`cmp_<uuid>`).
    ///
    /// - Remark: Generated from `#/components/schemas/CompactResponse/properties/id`.
    public var id: Swift.String
    /// Model used for the compaction summary.
    ///
    /// - Remark: Generated from `#/components/schemas/CompactResponse/properties/model`.
    public var model: Swift.String
    /// Always `response.compaction`.
    ///
    /// - Remark: Generated from `#/components/schemas/CompactResponse/properties/object`.
    public var object: Swift.String
    /// The compacted window (a single compaction item); pass it verbatim as the next /v1/responses input.
    ///
    /// - Remark: Generated from `#/components/schemas/CompactResponse/properties/output`.
    public var output: [ModelInputPart]
    /// - Remark: Generated from `#/components/schemas/CompactResponse/properties/usage`.
    public var usage: CompactionUsage?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["created_at", "id", "model", "object", "output", "usage"])

    /// Creates a `CompactResponse`.
    ///
    /// - Parameters:
    ///   - createdAt: Unix timestamp (seconds) when the compaction was created.
    ///   - id: Unique ID of this compaction (`cmp_<uuid>`).
    ///   - model: Model used for the compaction summary.
    ///   - object: Always `response.compaction`.
    ///   - output: The compacted window (a single compaction item); pass it verbatim as the next /v1/responses input.
    ///   - usage: The `usage` value.
    public init(
        createdAt: Swift.Int64,
        id: Swift.String,
        model: Swift.String,
        object: Swift.String,
        output: [ModelInputPart],
        usage: CompactionUsage? = nil,
    ) {
        self.createdAt = createdAt
        self.id = id
        self.model = model
        self.object = object
        self.output = output
        self.usage = usage
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.createdAt = try container.decodeRequired(Swift.Int64.self, forKey: "created_at")
        self.id = try container.decodeRequired(Swift.String.self, forKey: "id")
        self.model = try container.decodeRequired(Swift.String.self, forKey: "model")
        self.object = try container.decodeRequired(Swift.String.self, forKey: "object")
        self.output = try container.decodeRequired([ModelInputPart].self, forKey: "output")
        self.usage = try container.decodeIfPresent(CompactionUsage.self, forKey: "usage")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.createdAt, forKey: "created_at")
        try container.encode(self.id, forKey: "id")
        try container.encode(self.model, forKey: "model")
        try container.encode(self.object, forKey: "object")
        try container.encode(self.output, forKey: "output")
        try container.encodeIfPresent(self.usage, forKey: "usage")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
