// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/EmbeddingContent`.
public enum EmbeddingContent: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Embedding in base64 string.
    case string(Swift.String)
    /// Embedding as an array of floats.
    case numbers([Swift.Double])
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .array: self = .numbers(try [Swift.Double](from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.UnionCoding.unrecognised(in: decoder, type: "EmbeddingContent"))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .numbers(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}
