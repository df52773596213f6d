// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ModelInputContent`.
public enum ModelInputContent: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Text input.
    case string(Swift.String)
    /// A list of input items to the model. Can include text and images.
    case modelInputContentItems([ModelInputContentItem])

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .array: self = .modelInputContentItems(try [ModelInputContentItem](from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "ModelInputContent")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .modelInputContentItems(let value):
            try value.encode(to: encoder)
        }
    }
}
