// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/CodeInterpreterOutput`.
public enum CodeInterpreterOutput: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The output of the code interpreter tool call.
    case logs(CodeInterpreterOutput.Logs)
    /// The error of the code interpreter tool call.
    case image(CodeInterpreterOutput.Image)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "logs": self = .logs(try CodeInterpreterOutput.Logs(from: decoder))
        case "image": self = .image(try CodeInterpreterOutput.Image(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .logs(let value):
            try value.encode(to: encoder)
        case .image(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension CodeInterpreterOutput {
    /// The output of the code interpreter tool call.
    ///
    /// - Remark: Generated from `#/components/schemas/CodeInterpreterOutput/oneOf/0`.
    public struct Logs: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// The output of the code interpreter tool call.
        ///
        /// - Remark: Generated from `#/components/schemas/CodeInterpreterOutput/oneOf/0/properties/logs`.
        public var logs: Swift.String
        /// - Remark: Generated from `#/components/schemas/CodeInterpreterOutput/oneOf/0/properties/type`.
        public var type: Swift.String { "logs" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["logs", "type"])

        /// Creates a `Logs`.
        ///
        /// - Parameters:
        ///   - logs: The output of the code interpreter tool call.
        public init(
            logs: Swift.String,
        ) {
            self.logs = logs
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.logs = try container.decodeRequired(Swift.String.self, forKey: "logs")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.logs, forKey: "logs")
            try GeneratedClientRuntime.UnionCoding.encodeTag("logs", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension CodeInterpreterOutput {
    /// The error of the code interpreter tool call.
    ///
    /// - Remark: Generated from `#/components/schemas/CodeInterpreterOutput/oneOf/1`.
    public struct Image: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/CodeInterpreterOutput/oneOf/1/properties/type`.
        public var type: Swift.String { "image" }
        /// The error of the code interpreter tool call.
        ///
        /// - Remark: Generated from `#/components/schemas/CodeInterpreterOutput/oneOf/1/properties/url`.
        public var url: Swift.String
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "url"])

        /// Creates an `Image`.
        ///
        /// - Parameters:
        ///   - url: The error of the code interpreter tool call.
        public init(
            url: Swift.String,
        ) {
            self.url = url
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.url = try container.decodeRequired(Swift.String.self, forKey: "url")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("image", as: "type", to: encoder)
            try container.encode(self.url, forKey: "url")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
