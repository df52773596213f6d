// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Parameter to control how model chooses the tools.
///
/// - Remark: Generated from `#/components/schemas/ToolChoice`.
public enum ToolChoice: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// `none` makes the model ignore tools, `auto` lets it decide whether to call one, `required` makes it call one.
    case mode(ToolChoice.Mode)
    /// Call this function.
    case function(ToolChoice.FunctionToolChoice)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .mode(try ToolChoice.Mode(from: decoder))
        case .object: self = .function(try ToolChoice.FunctionToolChoice(from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "ToolChoice")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .mode(let value):
            try value.encode(to: encoder)
        case .function(let value):
            try value.encode(to: encoder)
        }
    }
}

extension ToolChoice {
    /// `none` makes the model ignore tools, `auto` lets it decide whether to call one, `required` makes it call one.
    ///
    /// - Remark: Generated from `#/components/schemas/ToolChoice/oneOf/0`.
    public enum Mode: GeneratedClientRuntime.OpenEnum {
        case none
        case auto
        case required
        /// A value this client does not know yet; decoding never fails because the server added one.
        case unknown(Swift.String)

        public init(rawValue: Swift.String) {
            switch rawValue {
            case "none": self = .none
            case "auto": self = .auto
            case "required": self = .required
            default: self = .unknown(rawValue)
            }
        }

        public var rawValue: Swift.String {
            switch self {
            case .none: "none"
            case .auto: "auto"
            case .required: "required"
            case .unknown(let value): value
            }
        }
    }
}

extension ToolChoice {
    /// Call this function.
    ///
    /// - Remark: Generated from `#/components/schemas/ToolChoice/oneOf/1`.
    public struct FunctionToolChoice: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ToolChoice/oneOf/1/properties/type`.
        public var type: Swift.String { "function" }
        /// Name of the function to use.
        ///
        /// - Remark: Generated from `#/components/schemas/ToolChoice/oneOf/1/properties/function`.
        public var function: FunctionChoice
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "function"])

        /// Creates a `FunctionToolChoice`.
        ///
        /// - Parameters:
        ///   - function: Name of the function to use.
        public init(
            function: FunctionChoice,
        ) {
            self.function = function
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.function = try container.decode(FunctionChoice.self, forKey: "function")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("function", as: "type", to: encoder)
            try container.encode(self.function, forKey: "function")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
