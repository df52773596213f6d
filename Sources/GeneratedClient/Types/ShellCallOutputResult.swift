// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The content of a shell tool call output that was emitted.
///
/// - Remark: Generated from `#/components/schemas/ShellCallOutputResult`.
public struct ShellCallOutputResult: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The outcome of the command execution.
    ///
    /// - Remark: Generated from `#/components/schemas/ShellCallOutputResult/properties/outcome`.
    public var outcome: ShellCallOutcome
    /// The standard error output that was captured.
    ///
    /// - Remark: Generated from `#/components/schemas/ShellCallOutputResult/properties/stderr`.
    public var stderr: Swift.String?
    /// The standard output that was captured.
    ///
    /// - Remark: Generated from `#/components/schemas/ShellCallOutputResult/properties/stdout`.
    public var stdout: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["outcome", "stderr", "stdout"])

    /// Creates a `ShellCallOutputResult`.
    ///
    /// - Parameters:
    ///   - outcome: The outcome of the command execution.
    ///   - stderr: The standard error output that was captured.
    ///   - stdout: The standard output that was captured.
    public init(
        outcome: ShellCallOutcome,
        stderr: Swift.String? = nil,
        stdout: Swift.String? = nil,
    ) {
        self.outcome = outcome
        self.stderr = stderr
        self.stdout = stdout
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.outcome = try container.decodeRequired(ShellCallOutcome.self, forKey: "outcome")
        self.stderr = try container.decodeIfPresent(Swift.String.self, forKey: "stderr")
        self.stdout = try container.decodeIfPresent(Swift.String.self, forKey: "stdout")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.outcome, forKey: "outcome")
        try container.encodeIfPresent(self.stderr, forKey: "stderr")
        try container.encodeIfPresent(self.stdout, forKey: "stdout")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
