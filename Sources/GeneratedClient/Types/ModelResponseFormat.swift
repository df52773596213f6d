// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Response format parameter for structured outputs.
///
/// - Remark: Generated from `#/components/schemas/ModelResponseFormat`.
public enum ModelResponseFormat: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Specify text response format, always `"text"`.
    case text(ModelResponseFormat.Text)
    /// Specify json_object response format, always `json_object`. Used for backward compatibility. Prefer to use `"json_schema"` instead of this.
    case jsonObject(ModelResponseFormat.JSONObject)
    /// Specify json_schema response format with a given schema. Type is always `"json_schema"`.
    case jsonSchema(ModelResponseFormat.JSONSchema)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "text": self = .text(try ModelResponseFormat.Text(from: decoder))
        case "json_object": self = .jsonObject(try ModelResponseFormat.JSONObject(from: decoder))
        case "json_schema": self = .jsonSchema(try ModelResponseFormat.JSONSchema(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .text(let value):
            try value.encode(to: encoder)
        case .jsonObject(let value):
            try value.encode(to: encoder)
        case .jsonSchema(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension ModelResponseFormat {
    /// Specify text response format, always `"text"`.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelResponseFormat/oneOf/0`.
    public struct Text: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ModelResponseFormat/oneOf/0/properties/type`.
        public var type: Swift.String { "text" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type"])

        /// Creates a `Text`.
        public init(
        ) {
        }

        public init(from decoder: any Swift.Decoder) throws {
            _ = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            _ = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("text", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ModelResponseFormat {
    /// Specify json_object response format, always `json_object`. Used for backward compatibility. Prefer to use `"json_schema"` instead of this.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelResponseFormat/oneOf/1`.
    public struct JSONObject: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ModelResponseFormat/oneOf/1/properties/type`.
        public var type: Swift.String { "json_object" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type"])

        /// Creates a `JSONObject`.
        public init(
        ) {
        }

        public init(from decoder: any Swift.Decoder) throws {
            _ = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            _ = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("json_object", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ModelResponseFormat {
    /// Specify json_schema response format with a given schema. Type is always `"json_schema"`.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelResponseFormat/oneOf/2`.
    public struct JSONSchema: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Only included for compatibility.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelResponseFormat/oneOf/2/properties/description`.
        public var description: Swift.String?
        /// Only included for compatibility.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelResponseFormat/oneOf/2/properties/name`.
        public var name: Swift.String?
        /// A json schema representing the desired response schema.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelResponseFormat/oneOf/2/properties/schema`.
        public var schema: GeneratedClientRuntime.JSONValue
        /// Only included for compatibility.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelResponseFormat/oneOf/2/properties/strict`.
        public var strict: Swift.Bool?
        /// - Remark: Generated from `#/components/schemas/ModelResponseFormat/oneOf/2/properties/type`.
        public var type: Swift.String { "json_schema" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["description", "name", "schema", "strict", "type"])

        /// Creates a `JSONSchema`.
        ///
        /// - Parameters:
        ///   - description: Only included for compatibility.
        ///   - name: Only included for compatibility.
        ///   - schema: A json schema representing the desired response schema.
        ///   - strict: Only included for compatibility.
        public init(
            description: Swift.String? = nil,
            name: Swift.String? = nil,
            schema: GeneratedClientRuntime.JSONValue,
            strict: Swift.Bool? = nil,
        ) {
            self.description = description
            self.name = name
            self.schema = schema
            self.strict = strict
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.description = try container.decodeIfPresent(Swift.String.self, forKey: "description")
            self.name = try container.decodeIfPresent(Swift.String.self, forKey: "name")
            self.schema = try container.decodeRequired(GeneratedClientRuntime.JSONValue.self, forKey: "schema")
            self.strict = try container.decodeIfPresent(Swift.Bool.self, forKey: "strict")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.description, forKey: "description")
            try container.encodeIfPresent(self.name, forKey: "name")
            try container.encode(self.schema, forKey: "schema")
            try container.encodeIfPresent(self.strict, forKey: "strict")
            try GeneratedClientRuntime.UnionCoding.encodeTag("json_schema", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
