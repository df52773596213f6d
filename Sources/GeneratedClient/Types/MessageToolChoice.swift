// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Tool choice option.
///
/// - Remark: Generated from `#/components/schemas/MessageToolChoice`.
public enum MessageToolChoice: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Allows the model to automatically decide whether to call the tool
    case auto(MessageToolChoice.Auto)
    /// Forces the model to use at least one tool, without specifying the tool.
    case `any`(MessageToolChoice.AnyMessageToolChoice)
    /// Forces the model to use the named tool
    case tool(MessageToolChoice.ToolMessageToolChoice)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "auto": self = .auto(try MessageToolChoice.Auto(from: decoder))
        case "any": self = .`any`(try MessageToolChoice.AnyMessageToolChoice(from: decoder))
        case "tool": self = .tool(try MessageToolChoice.ToolMessageToolChoice(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .auto(let value):
            try value.encode(to: encoder)
        case .`any`(let value):
            try value.encode(to: encoder)
        case .tool(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension MessageToolChoice {
    /// Allows the model to automatically decide whether to call the tool
    ///
    /// - Remark: Generated from `#/components/schemas/MessageToolChoice/oneOf/0`.
    public struct Auto: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageToolChoice/oneOf/0/properties/type`.
        public var type: Swift.String { "auto" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type"])

        /// Creates an `Auto`.
        public init(
        ) {
        }

        public init(from decoder: any Swift.Decoder) throws {
            _ = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            _ = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("auto", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageToolChoice {
    /// Forces the model to use at least one tool, without specifying the tool.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageToolChoice/oneOf/1`.
    public struct AnyMessageToolChoice: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/MessageToolChoice/oneOf/1/properties/type`.
        public var type: Swift.String { "any" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type"])

        /// Creates an `AnyMessageToolChoice`.
        public init(
        ) {
        }

        public init(from decoder: any Swift.Decoder) throws {
            _ = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            _ = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("any", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension MessageToolChoice {
    /// Forces the model to use the named tool
    ///
    /// - Remark: Generated from `#/components/schemas/MessageToolChoice/oneOf/2`.
    public struct ToolMessageToolChoice: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Name of the tool to use.
        ///
        /// - Remark: Generated from `#/components/schemas/MessageToolChoice/oneOf/2/properties/name`.
        public var name: Swift.String
        /// - Remark: Generated from `#/components/schemas/MessageToolChoice/oneOf/2/properties/type`.
        public var type: Swift.String { "tool" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["name", "type"])

        /// Creates a `ToolMessageToolChoice`.
        ///
        /// - Parameters:
        ///   - name: Name of the tool to use.
        public init(
            name: Swift.String,
        ) {
            self.name = name
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.name = try container.decode(Swift.String.self, forKey: "name")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.name, forKey: "name")
            try GeneratedClientRuntime.UnionCoding.encodeTag("tool", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
