// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/EmbeddingInput`.
public enum EmbeddingInput: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A string to be embedded. For best performance, prepend "query: " in front of query content and prepend "passage: " in front of passage/text.
    case string(Swift.String)
    /// An array of strings to be embedded.
    case strings([Swift.String])
    /// A list of tokens (integers) to be embedded.
    case integers([Swift.Int32])
    /// An array of token lists (integers) to be embedded.
    case integersArray([[Swift.Int32]])

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .array:
            switch try GeneratedClientRuntime.JSONShape(ofFirstElementIn: decoder) {
            case nil, .string?: self = .strings(try [Swift.String](from: decoder))
            case .integer?: self = .integers(try [Swift.Int32](from: decoder))
            case .array?: self = .integersArray(try [[Swift.Int32]](from: decoder))
            default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "EmbeddingInput")
            }
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "EmbeddingInput")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .strings(let value):
            try value.encode(to: encoder)
        case .integers(let value):
            try value.encode(to: encoder)
        case .integersArray(let value):
            try value.encode(to: encoder)
        }
    }
}
