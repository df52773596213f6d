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
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.max, forKey: "max")
        try container.encodeIfPresent(self.mode, forKey: "mode")
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

