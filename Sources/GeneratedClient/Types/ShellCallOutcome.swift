// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The outcome of a shell command execution.
///
/// - Remark: Generated from `#/components/schemas/ShellCallOutcome`.
public enum ShellCallOutcome: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The command exited normally.
    case exit(ShellCallOutcome.Exit)
    /// The command timed out.
    case timeout(ShellCallOutcome.Timeout)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "exit": self = .exit(try ShellCallOutcome.Exit(from: decoder))
        case "timeout": self = .timeout(try ShellCallOutcome.Timeout(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .exit(let value):
            try value.encode(to: encoder)
        case .timeout(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension ShellCallOutcome {
    /// The command exited normally.
    ///
    /// - Remark: Generated from `#/components/schemas/ShellCallOutcome/oneOf/0`.
    public struct Exit: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// The exit code of the command.
        ///
        /// - Remark: Generated from `#/components/schemas/ShellCallOutcome/oneOf/0/properties/exit_code`.
        public var exitCode: Swift.Int32
        /// - Remark: Generated from `#/components/schemas/ShellCallOutcome/oneOf/0/properties/type`.
        public var type: Swift.String { "exit" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["exit_code", "type"])

        /// Creates an `Exit`.
        ///
        /// - Parameters:
        ///   - exitCode: The exit code of the command.
        public init(
            exitCode: Swift.Int32,
        ) {
            self.exitCode = exitCode
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.exitCode = try container.decodeRequired(Swift.Int32.self, forKey: "exit_code")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.exitCode, forKey: "exit_code")
            try GeneratedClientRuntime.UnionCoding.encodeTag("exit", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ShellCallOutcome {
    /// The command timed out.
    ///
    /// - Remark: Generated from `#/components/schemas/ShellCallOutcome/oneOf/1`.
    public struct Timeout: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ShellCallOutcome/oneOf/1/properties/type`.
        public var type: Swift.String { "timeout" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type"])

        /// Creates a `Timeout`.
        public init(
        ) {
        }

        public init(from decoder: any Swift.Decoder) throws {
            _ = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            _ = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("timeout", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
