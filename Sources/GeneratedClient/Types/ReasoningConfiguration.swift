// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ReasoningConfiguration`.
public struct ReasoningConfiguration: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Constrains how hard a reasoning model thinks before responding. Possible values are `low` (uses fewer reasoning tokens), `medium` and `high` (uses more reasoning tokens).
    ///
    /// - Default: `"medium"`.
    /// - Generated from `#/components/schemas/ReasoningConfiguration/properties/effort`.
    public var effort: ReasoningEffort?
    /// Only included for compatibility.
    ///
    /// - Remark: Generated from `#/components/schemas/ReasoningConfiguration/properties/generate_summary`.
    public var generateSummary: Swift.String?
    /// A summary of the model's reasoning process. Possible values are `auto`, `concise` and `detailed`. Only included for compatibility. The model shall always return `detailed`.
    ///
    /// - Remark: Generated from `#/components/schemas/ReasoningConfiguration/properties/summary`.
    public var summary: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["effort", "generate_summary", "summary"])

    /// Creates a `ReasoningConfiguration`.
    ///
    /// - Parameters:
    ///   - effort: Constrains how hard a reasoning model thinks before responding. Possible values are `low` (uses fewer reasoning tokens), `medium` and `high` (uses more reasoning tokens).
    ///   - generateSummary: Only included for compatibility.
    ///   - summary: A summary of the model's reasoning process. Possible values are `auto`, `concise` and `detailed`. Only included for compatibility. The model shall always return `detailed`.
    public init(
        effort: ReasoningEffort? = nil,
        generateSummary: Swift.String? = nil,
        summary: Swift.String? = nil,
    ) {
        self.effort = effort
        self.generateSummary = generateSummary
        self.summary = summary
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.effort = try container.decodeIfPresent(ReasoningEffort.self, forKey: "effort")
        self.generateSummary = try container.decodeIfPresent(Swift.String.self, forKey: "generate_summary")
        self.summary = try container.decodeIfPresent(Swift.String.self, forKey: "summary")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.effort, forKey: "effort")
        try container.encodeIfPresent(self.generateSummary, forKey: "generate_summary")
        try container.encodeIfPresent(self.summary, forKey: "summary")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
