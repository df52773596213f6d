// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/SystemMessageContent`.
public enum SystemMessageContent: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Text content of system prompt.
    case string(Swift.String)
    /// An array of system prompt parts.
    case systemMessageParts([SystemMessagePart])

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .array: self = .systemMessageParts(try [SystemMessagePart](from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "SystemMessageContent")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .systemMessageParts(let value):
            try value.encode(to: encoder)
        }
    }
}
