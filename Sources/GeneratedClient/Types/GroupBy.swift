// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Group search results by metadata key(s) and keep top-k per group.
///
/// - Remark: Generated from `#/components/schemas/GroupBy`.
public struct GroupBy: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Aggregation function per group. Defaults to MinK(k=1, keys=["#score"]).
    ///
    /// - Remark: Generated from `#/components/schemas/GroupBy/properties/aggregate`.
    public var aggregate: GroupByAggregate?
    /// Metadata key(s) to group results by (e.g. "category", "department").
    /// At least one key is required.
    ///
    /// - Remark: Generated from `#/components/schemas/GroupBy/properties/keys`.
    public var keys: [Swift.String]
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["aggregate", "keys"])

    /// Creates a `GroupBy`.
    ///
    /// - Parameters:
    ///   - aggregate: Aggregation function per group. Defaults to MinK(k=1, keys=["#score"]).
    ///   - keys: Metadata key(s) to group results by (e.g. "category", "department").
    public init(
        aggregate: GroupByAggregate? = nil,
        keys: [Swift.String],
    ) {
        self.aggregate = aggregate
        self.keys = keys
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.aggregate = try container.decodeIfPresent(GroupByAggregate.self, forKey: "aggregate")
        self.keys = try container.decode([Swift.String].self, forKey: "keys")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.aggregate, forKey: "aggregate")
        try container.encode(self.keys, forKey: "keys")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
