// FILE: Types/Limits.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Limits`.
public struct Limits: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Example: `10`.
    /// - Generated from `#/components/schemas/Limits/properties/max`.
    public var max: Swift.Int?
    /// - Remark: Generated from `#/components/schemas/Limits/properties/mode`.
    public var mode: Limits.Mode?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["max", "mode"])

    /// Creates a `Limits`.
    ///
    /// - Parameters:
    ///   - max: The `max` value.
    ///   - mode: The `mode` value.
    public init(
        max: Swift.Int? = nil,
        mode: Limits.Mode? = nil,
    ) {
        self.max = max
        self.mode = mode
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.max = try container.decodeIfPresent(Swift.Int.self, forKey: "max")
        self.mode = try container.decodeIfPresent(Limits.Mode.self, forKey: "mode")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.max, forKey: "max")
        try container.encodeIfPresent(self.mode, forKey: "mode")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

extension Limits {
    /// - Remark: Generated from `#/components/schemas/Limits/properties/mode`.
    public enum Mode: GeneratedClientRuntime.OpenEnum {
        case fast
        case slow
        /// A value this client does not know yet; decoding never fails because the server added one.
        case unknown(Swift.String)

        public init(rawValue: Swift.String) {
            switch rawValue {
            case "fast": self = .fast
            case "slow": self = .slow
            default: self = .unknown(rawValue)
            }
        }

        public var rawValue: Swift.String {
            switch self {
            case .fast: "fast"
            case .slow: "slow"
            case .unknown(let value): value
            }
        }
    }
}

