// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Parameter to control how model chooses the tools.
///
/// - Remark: Generated from `#/components/schemas/ModelToolChoice`.
public enum ModelToolChoice: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Controls tool access by the model. `"none"` makes model ignore tools, `"auto"` let the model automatically decide whether to call a tool, `"required"` forces model to pick a tool to call.
    case string(Swift.String)
    case variant2(ModelToolChoice.Variant2)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .object: self = .variant2(try ModelToolChoice.Variant2(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.UnionCoding.unrecognised(in: decoder, type: "ModelToolChoice"))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .variant2(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension ModelToolChoice {
    /// - Remark: Generated from `#/components/schemas/ModelToolChoice/oneOf/1`.
    public struct Variant2: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Name of the function to use.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelToolChoice/oneOf/1/properties/name`.
        public var name: Swift.String
        /// Type is always `"function"`.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelToolChoice/oneOf/1/properties/type`.
        public var type: Swift.String
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["name", "type"])

        /// Creates a `Variant2`.
        ///
        /// - Parameters:
        ///   - name: Name of the function to use.
        ///   - type: Type is always `"function"`.
        public init(
            name: Swift.String,
            type: Swift.String,
        ) {
            self.name = name
            self.type = type
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.name = try container.decodeRequired(Swift.String.self, forKey: "name")
            self.type = try container.decodeRequired(Swift.String.self, forKey: "type")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.name, forKey: "name")
            try container.encode(self.type, forKey: "type")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
