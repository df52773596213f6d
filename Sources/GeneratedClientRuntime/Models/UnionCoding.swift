/// The kind of a JSON value, read without decoding it; unions pick their variant by it.
@_spi(Generated) public enum JSONShape: String, Sendable, Hashable, CaseIterable {
    case null, bool, integer, number, string, array, object

    /// Probes the value `decoder` is positioned at.
    public init(of decoder: any Decoder) throws {
        if let container = try? decoder.singleValueContainer() {
            if container.decodeNil() { self = .null; return }
            if (try? container.decode(String.self)) != nil { self = .string; return }
            if (try? container.decode(Bool.self)) != nil { self = .bool; return }
            if (try? container.decode(Int64.self)) != nil { self = .integer; return }
            if (try? container.decode(Double.self)) != nil { self = .number; return }
        }
        if (try? decoder.container(keyedBy: AnyCodingKey.self)) != nil { self = .object; return }
        if (try? decoder.unkeyedContainer()) != nil { self = .array; return }
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "Unrecognised JSON value"))
    }

    /// The shape of an array's first element; nil for an empty array.
    public init?(ofFirstElementIn decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        if container.isAtEnd { return nil }
        try self.init(of: container.superDecoder())
    }
}

/// Helpers the generated `oneOf`/`anyOf` enums call.
@_spi(Generated) public enum UnionCoding {
    /// The string value of the tag property, or nil when the object does not have it.
    public static func tag(_ key: String, in decoder: any Decoder) throws -> String? {
        try decoder.container(keyedBy: AnyCodingKey.self).decodeIfPresent(String.self, forKey: AnyCodingKey(key))
    }

    /// The keys of the object `decoder` is positioned at.
    public static func keys(in decoder: any Decoder) throws -> Set<String> {
        Set(try decoder.container(keyedBy: AnyCodingKey.self).allKeys.map(\.stringValue))
    }

    /// Writes the tag next to an already encoded payload, so encoding always carries it.
    public static func encodeTag(_ value: String, as key: String, to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(value, forKey: AnyCodingKey(key))
    }

    /// A value no variant of a response union accepts: kept as JSON for `.unknown` and reported in
    /// tolerant mode, an error naming the field in strict mode.
    public static func unrecognised(in decoder: any Decoder, type: String) throws -> JSONValue {
        let session = DecodingSession.current
        guard session?.mode != .strict else { throw noVariant(in: decoder, type: type) }
        if !DecodingSession.buildingPlaceholder {
            session?.record(JSONCoding.describe(decoder.codingPath), .unrecognised)
        }
        return try JSONValue(from: decoder)
    }

    public static func noVariant(in decoder: any Decoder, type: String) -> DecodingError {
        let shape = (try? JSONShape(of: decoder)).map { "\($0)" } ?? "unknown"
        return DecodingError.typeMismatch(
            Any.self,
            .init(codingPath: decoder.codingPath, debugDescription: "No variant of \(type) accepts a JSON \(shape)")
        )
    }
}
