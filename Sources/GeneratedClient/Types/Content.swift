// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Content of each chat message.
///
/// - Remark: Generated from `#/components/schemas/Content`.
public enum Content: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Text prompt.
    case string(Swift.String)
    /// An array of content parts of different types, such as image, text or text file.
    case contentParts([ContentPart])

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .array: self = .contentParts(try [ContentPart](from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "Content")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .contentParts(let value):
            try value.encode(to: encoder)
        }
    }
}
