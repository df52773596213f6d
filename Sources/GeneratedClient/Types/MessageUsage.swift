// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/MessageUsage`.
public struct MessageUsage: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// (Unsupported) Number of tokens written to the cache when creating a new entry.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageUsage/properties/cache_creation_input_tokens`.
    public var cacheCreationInputTokens: Swift.Int32
    /// Number of tokens retrieved from the cache for this request.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageUsage/properties/cache_read_input_tokens`.
    public var cacheReadInputTokens: Swift.Int32
    /// Number of input tokens used
    ///
    /// - Remark: Generated from `#/components/schemas/MessageUsage/properties/input_tokens`.
    public var inputTokens: Swift.Int32
    /// Number of output tokens used
    ///
    /// - Remark: Generated from `#/components/schemas/MessageUsage/properties/output_tokens`.
    public var outputTokens: Swift.Int32
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["cache_creation_input_tokens", "cache_read_input_tokens", "input_tokens", "output_tokens"])

    /// Creates a `MessageUsage`.
    ///
    /// - Parameters:
    ///   - cacheCreationInputTokens: (Unsupported) Number of tokens written to the cache when creating a new entry.
    ///   - cacheReadInputTokens: Number of tokens retrieved from the cache for this request.
    ///   - inputTokens: Number of input tokens used
    ///   - outputTokens: Number of output tokens used
    public init(
        cacheCreationInputTokens: Swift.Int32,
        cacheReadInputTokens: Swift.Int32,
        inputTokens: Swift.Int32,
        outputTokens: Swift.Int32,
    ) {
        self.cacheCreationInputTokens = cacheCreationInputTokens
        self.cacheReadInputTokens = cacheReadInputTokens
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.cacheCreationInputTokens = try container.decodeRequired(Swift.Int32.self, forKey: "cache_creation_input_tokens")
        self.cacheReadInputTokens = try container.decodeRequired(Swift.Int32.self, forKey: "cache_read_input_tokens")
        self.inputTokens = try container.decodeRequired(Swift.Int32.self, forKey: "input_tokens")
        self.outputTokens = try container.decodeRequired(Swift.Int32.self, forKey: "output_tokens")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.cacheCreationInputTokens, forKey: "cache_creation_input_tokens")
        try container.encode(self.cacheReadInputTokens, forKey: "cache_read_input_tokens")
        try container.encode(self.inputTokens, forKey: "input_tokens")
        try container.encode(self.outputTokens, forKey: "output_tokens")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
