// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Definition of one tool that the model can call.
///
/// - Remark: Generated from `#/components/schemas/Tool`.
public enum Tool: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case function(Tool.FunctionTool)
    case liveSearch(Tool.LiveSearch)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "function": self = .function(try Tool.FunctionTool(from: decoder))
        case "live_search": self = .liveSearch(try Tool.LiveSearch(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .function(let value):
            try value.encode(to: encoder)
        case .liveSearch(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension Tool {
    /// - Remark: Generated from `#/components/schemas/Tool/oneOf/0`.
    public struct FunctionTool: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Definition of tool call available to the model.
        ///
        /// - Remark: Generated from `#/components/schemas/Tool/oneOf/0/properties/function`.
        public var function: FunctionDefinition
        /// - Remark: Generated from `#/components/schemas/Tool/oneOf/0/properties/type`.
        public var type: Swift.String { "function" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["function", "type"])

        /// Creates a `FunctionTool`.
        ///
        /// - Parameters:
        ///   - function: Definition of tool call available to the model.
        public init(
            function: FunctionDefinition,
        ) {
            self.function = function
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.function = try container.decode(FunctionDefinition.self, forKey: "function")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.function, forKey: "function")
            try GeneratedClientRuntime.UnionCoding.encodeTag("function", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension Tool {
    /// - Remark: Generated from `#/components/schemas/Tool/oneOf/1`.
    public struct LiveSearch: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/Tool/oneOf/1/properties/sources`.
        public var sources: [SearchSource]
        /// - Remark: Generated from `#/components/schemas/Tool/oneOf/1/properties/type`.
        public var type: Swift.String { "live_search" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["sources", "type"])

        /// Creates a `LiveSearch`.
        ///
        /// - Parameters:
        ///   - sources: The `sources` value.
        public init(
            sources: [SearchSource],
        ) {
            self.sources = sources
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sources = try container.decode([SearchSource].self, forKey: "sources")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.sources, forKey: "sources")
            try GeneratedClientRuntime.UnionCoding.encodeTag("live_search", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
