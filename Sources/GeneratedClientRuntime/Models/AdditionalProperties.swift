/// Reads and writes the keys of an object beyond its named properties (`additionalProperties` beside
/// `properties`), so a generated struct keeps them through decoding and encoding.
@_spi(Generated) public enum AdditionalProperties {
    /// Every key not in `known`, with its value.
    public static func decode<Value: Decodable>(_: Value.Type, from decoder: any Decoder, excluding known: Set<String>) throws -> [String: Value] {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        var values: [String: Value] = [:]
        for key in container.allKeys where !known.contains(key.stringValue) {
            values[key.stringValue] = try container.decode(Value.self, forKey: key)
        }
        return values
    }

    /// Writes `values` beside the properties already encoded, in key order so output is stable.
    public static func encode<Value: Encodable>(_ values: [String: Value], to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for key in values.keys.sorted() {
            try container.encode(values[key], forKey: AnyCodingKey(key))
        }
    }
}
