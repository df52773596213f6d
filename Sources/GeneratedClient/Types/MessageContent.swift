// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/MessageContent`.
public enum MessageContent: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Text prompt.
    case string(Swift.String)
    /// An array of message content parts.
    case messageContentParts([MessageContentPart])

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .array: self = .messageContentParts(try [MessageContentPart](from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "MessageContent")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .messageContentParts(let value):
            try value.encode(to: encoder)
        }
    }
}
