// FILE: Types/Content.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Content`.
public enum Content: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case string(Swift.String)
    case parts([Part])

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .array: self = .parts(try [Part](from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "Content")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .parts(let value):
            try value.encode(to: encoder)
        }
    }
}

// FILE: Types/Part.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Part`.
public struct Part: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Part/properties/text`.
    public var text: Swift.String?

    /// Creates a `Part`.
    ///
    /// - Parameters:
    ///   - text: The `text` value.
    public init(
        text: Swift.String? = nil,
    ) {
        self.text = text
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.text = try container.decodeIfPresent(Swift.String.self, forKey: "text")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.text, forKey: "text")
    }
}

