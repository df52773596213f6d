// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Aggregation function to apply within each group.
///
/// - Remark: Generated from `#/components/schemas/GroupByAggregate`.
public enum GroupByAggregate: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Keep the k records with the smallest values (best scores).
    case minK(GroupByAggregate.MinK)
    /// Keep the k records with the largest values.
    case maxK(GroupByAggregate.MaxK)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .object:
            let keys = try GeneratedClientRuntime.UnionCoding.keys(in: decoder)
            if keys.contains("min_k") { self = .minK(try GroupByAggregate.MinK(from: decoder)); return }
            if keys.contains("max_k") { self = .maxK(try GroupByAggregate.MaxK(from: decoder)); return }
            throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "GroupByAggregate")
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "GroupByAggregate")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .minK(let value):
            try value.encode(to: encoder)
        case .maxK(let value):
            try value.encode(to: encoder)
        }
    }
}

extension GroupByAggregate {
    /// Keep the k records with the smallest values (best scores).
    ///
    /// - Remark: Generated from `#/components/schemas/GroupByAggregate/oneOf/0`.
    public struct MinK: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Keep the k records with the smallest values (best scores).
        ///
        /// - Remark: Generated from `#/components/schemas/GroupByAggregate/oneOf/0/properties/min_k`.
        public var minK: GroupByAggregate.MinK.MinKPayload
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["min_k"])

        /// Creates a `MinK`.
        ///
        /// - Parameters:
        ///   - minK: Keep the k records with the smallest values (best scores).
        public init(
            minK: GroupByAggregate.MinK.MinKPayload,
        ) {
            self.minK = minK
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.minK = try container.decode(GroupByAggregate.MinK.MinKPayload.self, forKey: "min_k")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.minK, forKey: "min_k")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension GroupByAggregate.MinK {
    /// Keep the k records with the smallest values (best scores).
    ///
    /// - Remark: Generated from `#/components/schemas/GroupByAggregate/oneOf/0/properties/min_k`.
    public struct MinKPayload: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Number of records to keep per group. Must be >= 1.
        ///
        /// - Remark: Generated from `#/components/schemas/GroupByAggregate/oneOf/0/properties/min_k/properties/k`.
        public var k: Swift.Int32
        /// Key(s) to sort by within each group. Use "#score" for relevance score.
        ///
        /// - Remark: Generated from `#/components/schemas/GroupByAggregate/oneOf/0/properties/min_k/properties/keys`.
        public var keys: [Swift.String]
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["k", "keys"])

        /// Creates a `MinKPayload`.
        ///
        /// - Parameters:
        ///   - k: Number of records to keep per group. Must be >= 1.
        ///   - keys: Key(s) to sort by within each group. Use "#score" for relevance score.
        public init(
            k: Swift.Int32,
            keys: [Swift.String],
        ) {
            self.k = k
            self.keys = keys
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.k = try container.decode(Swift.Int32.self, forKey: "k")
            self.keys = try container.decode([Swift.String].self, forKey: "keys")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.k, forKey: "k")
            try container.encode(self.keys, forKey: "keys")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension GroupByAggregate {
    /// Keep the k records with the largest values.
    ///
    /// - Remark: Generated from `#/components/schemas/GroupByAggregate/oneOf/1`.
    public struct MaxK: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Keep the k records with the largest values.
        ///
        /// - Remark: Generated from `#/components/schemas/GroupByAggregate/oneOf/1/properties/max_k`.
        public var maxK: GroupByAggregate.MaxK.MaxKPayload
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["max_k"])

        /// Creates a `MaxK`.
        ///
        /// - Parameters:
        ///   - maxK: Keep the k records with the largest values.
        public init(
            maxK: GroupByAggregate.MaxK.MaxKPayload,
        ) {
            self.maxK = maxK
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.maxK = try container.decode(GroupByAggregate.MaxK.MaxKPayload.self, forKey: "max_k")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.maxK, forKey: "max_k")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension GroupByAggregate.MaxK {
    /// Keep the k records with the largest values.
    ///
    /// - Remark: Generated from `#/components/schemas/GroupByAggregate/oneOf/1/properties/max_k`.
    public struct MaxKPayload: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Number of records to keep per group. Must be >= 1.
        ///
        /// - Remark: Generated from `#/components/schemas/GroupByAggregate/oneOf/1/properties/max_k/properties/k`.
        public var k: Swift.Int32
        /// Key(s) to sort by within each group.
        ///
        /// - Remark: Generated from `#/components/schemas/GroupByAggregate/oneOf/1/properties/max_k/properties/keys`.
        public var keys: [Swift.String]
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["k", "keys"])

        /// Creates a `MaxKPayload`.
        ///
        /// - Parameters:
        ///   - k: Number of records to keep per group. Must be >= 1.
        ///   - keys: Key(s) to sort by within each group.
        public init(
            k: Swift.Int32,
            keys: [Swift.String],
        ) {
            self.k = k
            self.keys = keys
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.k = try container.decode(Swift.Int32.self, forKey: "k")
            self.keys = try container.decode([Swift.String].self, forKey: "keys")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.k, forKey: "k")
            try container.encode(self.keys, forKey: "keys")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
