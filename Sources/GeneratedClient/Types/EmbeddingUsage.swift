// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/EmbeddingUsage`.
public struct EmbeddingUsage: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Prompt token used.
    ///
    /// - Remark: Generated from `#/components/schemas/EmbeddingUsage/properties/prompt_tokens`.
    public var promptTokens: Swift.Int32
    /// Total token used.
    ///
    /// - Remark: Generated from `#/components/schemas/EmbeddingUsage/properties/total_tokens`.
    public var totalTokens: Swift.Int32
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["prompt_tokens", "total_tokens"])

    /// Creates an `EmbeddingUsage`.
    ///
    /// - Parameters:
    ///   - promptTokens: Prompt token used.
    ///   - totalTokens: Total token used.
    public init(
        promptTokens: Swift.Int32,
        totalTokens: Swift.Int32,
    ) {
        self.promptTokens = promptTokens
        self.totalTokens = totalTokens
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.promptTokens = try container.decodeRequired(Swift.Int32.self, forKey: "prompt_tokens")
        self.totalTokens = try container.decodeRequired(Swift.Int32.self, forKey: "total_tokens")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.promptTokens, forKey: "prompt_tokens")
        try container.encode(self.totalTokens, forKey: "total_tokens")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
