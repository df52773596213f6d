/// A string enum that also carries values it does not know, so decoding never fails because the
/// server added one. Generated enums implement `init(rawValue:)` and `rawValue`; coding comes from here.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable, ParameterValue where RawValue == String {
    init(rawValue: String)
}

extension OpenEnum {
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var parameterText: String { rawValue }
}
