// Generated from an OpenAPI document by the generator. Do not edit by hand.
import ClientRuntime
import Foundation

/// Parameter to control how model chooses the tools.
///
/// - Remark: Generated from `#/components/schemas/ToolChoice`.
public enum ToolChoice: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Controls tool access by the model. `"none"` makes model ignore tools, `"auto"` let the model automatically decide whether to call a tool, `"required"` forces model to pick a tool to call.
    case string(Swift.String)
    case variant2(ToolChoice.Variant2)

    public init(from decoder: any Swift.Decoder) throws {
        switch try ClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .object: self = .variant2(try ToolChoice.Variant2(from: decoder))
        default: throw ClientRuntime.UnionCoding.noVariant(in: decoder, type: "ToolChoice")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .variant2(let value):
            try value.encode(to: encoder)
        }
    }
}

extension ToolChoice {
    /// - Remark: Generated from `#/components/schemas/ToolChoice/oneOf/1`.
    public struct Variant2: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Name of the function to use.
        ///
        /// - Remark: Generated from `#/components/schemas/ToolChoice/oneOf/1/properties/function`.
        public var function: FunctionChoice?
        /// Type is always `"function"`.
        ///
        /// - Remark: Generated from `#/components/schemas/ToolChoice/oneOf/1/properties/type`.
        public var type: Swift.String

        public init(
            function: FunctionChoice? = nil,
            type: Swift.String,
        ) {
            self.function = function
            self.type = type
        }
    }
}
