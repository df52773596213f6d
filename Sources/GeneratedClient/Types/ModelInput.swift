// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Content of the input passed to a `/v1/response` request.
///
/// - Remark: Generated from `#/components/schemas/ModelInput`.
public enum ModelInput: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Text input.
    case string(Swift.String)
    /// A list of input items to the model. Can be of different types.
    case modelInputParts([ModelInputPart])

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .array: self = .modelInputParts(try [ModelInputPart](from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "ModelInput")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .modelInputParts(let value):
            try value.encode(to: encoder)
        }
    }
}
