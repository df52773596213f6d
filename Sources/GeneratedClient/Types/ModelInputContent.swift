// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ModelInputContent`.
public enum ModelInputContent: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Text input.
    case string(Swift.String)
    /// A list of input items to the model. Can include text and images.
    case modelInputContentItems([ModelInputContentItem])
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .array: self = .modelInputContentItems(try [ModelInputContentItem](from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.UnionCoding.unrecognised(in: decoder, type: "ModelInputContent"))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .modelInputContentItems(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}
