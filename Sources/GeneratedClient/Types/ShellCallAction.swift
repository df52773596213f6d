// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The shell commands and limits that describe how to run the tool call.
///
/// - Remark: Generated from `#/components/schemas/ShellCallAction`.
public struct ShellCallAction: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The commands to run.
    ///
    /// - Remark: Generated from `#/components/schemas/ShellCallAction/properties/commands`.
    public var commands: [Swift.String]
    /// Optional maximum number of characters to return from each command.
    ///
    /// - Remark: Generated from `#/components/schemas/ShellCallAction/properties/max_output_length`.
    public var maxOutputLength: Swift.Int32?
    /// Optional timeout in milliseconds for the commands.
    ///
    /// - Remark: Generated from `#/components/schemas/ShellCallAction/properties/timeout_ms`.
    public var timeoutMs: Swift.Int64?
    /// The type of the action, which is always `exec`.
    ///
    /// - Remark: Generated from `#/components/schemas/ShellCallAction/properties/type`.
    public var type: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["commands", "max_output_length", "timeout_ms", "type"])

    /// Creates a `ShellCallAction`.
    ///
    /// - Parameters:
    ///   - commands: The commands to run.
    ///   - maxOutputLength: Optional maximum number of characters to return from each command.
    ///   - timeoutMs: Optional timeout in milliseconds for the commands.
    ///   - type: The type of the action, which is always `exec`.
    public init(
        commands: [Swift.String],
        maxOutputLength: Swift.Int32? = nil,
        timeoutMs: Swift.Int64? = nil,
        type: Swift.String? = nil,
    ) {
        self.commands = commands
        self.maxOutputLength = maxOutputLength
        self.timeoutMs = timeoutMs
        self.type = type
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.commands = try container.decodeRequired([Swift.String].self, forKey: "commands")
        self.maxOutputLength = try container.decodeIfPresent(Swift.Int32.self, forKey: "max_output_length")
        self.timeoutMs = try container.decodeIfPresent(Swift.Int64.self, forKey: "timeout_ms")
        self.type = try container.decodeIfPresent(Swift.String.self, forKey: "type")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.commands, forKey: "commands")
        try container.encodeIfPresent(self.maxOutputLength, forKey: "max_output_length")
        try container.encodeIfPresent(self.timeoutMs, forKey: "timeout_ms")
        try container.encodeIfPresent(self.type, forKey: "type")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
