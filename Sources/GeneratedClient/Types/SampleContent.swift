// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/SampleContent`.
public enum SampleContent: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Text prompt.
    case string(Swift.String)
    /// An array of strings, a token list, or an array of token lists.
    case strings([Swift.String])

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .array: self = .strings(try [Swift.String](from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "SampleContent")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .strings(let value):
            try value.encode(to: encoder)
        }
    }
}
