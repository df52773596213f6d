// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Response format parameter for structured outputs.
///
/// - Remark: Generated from `#/components/schemas/ResponseFormat`.
public enum ResponseFormat: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Specify text response format, always `"text"`.
    case text(ResponseFormat.Text)
    /// Specify json_object response format, always `json_object`. Used for backward compatibility. Prefer to use `"json_schema"` instead of this.
    case jsonObject(ResponseFormat.JSONObject)
    /// Specify json_schema response format with a given schema. Type is always `"json_schema"`.
    case jsonSchema(ResponseFormat.JSONSchema)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "text": self = .text(try ResponseFormat.Text(from: decoder))
        case "json_object": self = .jsonObject(try ResponseFormat.JSONObject(from: decoder))
        case "json_schema": self = .jsonSchema(try ResponseFormat.JSONSchema(from: decoder))
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

extension ResponseFormat {
    /// Specify text response format, always `"text"`.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseFormat/oneOf/0`.
    public struct Text: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseFormat/oneOf/0/properties/type`.
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

extension ResponseFormat {
    /// Specify json_object response format, always `json_object`. Used for backward compatibility. Prefer to use `"json_schema"` instead of this.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseFormat/oneOf/1`.
    public struct JSONObject: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseFormat/oneOf/1/properties/type`.
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

extension ResponseFormat {
    /// Specify json_schema response format with a given schema. Type is always `"json_schema"`.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseFormat/oneOf/2`.
    public struct JSONSchema: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// A json schema representing the desired response schema. Includes the schema as a `"schema"` field.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseFormat/oneOf/2/properties/json_schema`.
        public var jsonSchema: GeneratedClientRuntime.JSONValue
        /// - Remark: Generated from `#/components/schemas/ResponseFormat/oneOf/2/properties/type`.
        public var type: Swift.String { "json_schema" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["json_schema", "type"])

        /// Creates a `JSONSchema`.
        ///
        /// - Parameters:
        ///   - jsonSchema: A json schema representing the desired response schema. Includes the schema as a `"schema"` field.
        public init(
            jsonSchema: GeneratedClientRuntime.JSONValue,
        ) {
            self.jsonSchema = jsonSchema
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.jsonSchema = try container.decode(GeneratedClientRuntime.JSONValue.self, forKey: "json_schema")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.jsonSchema, forKey: "json_schema")
            try GeneratedClientRuntime.UnionCoding.encodeTag("json_schema", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
