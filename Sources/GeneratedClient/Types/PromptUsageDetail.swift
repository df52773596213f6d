// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Details of prompt usage.
///
/// - Remark: Generated from `#/components/schemas/PromptUsageDetail`.
public struct PromptUsageDetail: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Audio prompt token used.
    ///
    /// - Remark: Generated from `#/components/schemas/PromptUsageDetail/properties/audio_tokens`.
    public var audioTokens: Swift.Int32
    /// Token cached by xAI from previous requests and reused for this request.
    ///
    /// - Remark: Generated from `#/components/schemas/PromptUsageDetail/properties/cached_tokens`.
    public var cachedTokens: Swift.Int32
    /// Image prompt token used.
    ///
    /// - Remark: Generated from `#/components/schemas/PromptUsageDetail/properties/image_tokens`.
    public var imageTokens: Swift.Int32
    /// Total text prompt token used (cached + non-cached text tokens).
    ///
    /// - Remark: Generated from `#/components/schemas/PromptUsageDetail/properties/text_tokens`.
    public var textTokens: Swift.Int32
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["audio_tokens", "cached_tokens", "image_tokens", "text_tokens"])

    /// Creates a `PromptUsageDetail`.
    ///
    /// - Parameters:
    ///   - audioTokens: Audio prompt token used.
    ///   - cachedTokens: Token cached by xAI from previous requests and reused for this request.
    ///   - imageTokens: Image prompt token used.
    ///   - textTokens: Total text prompt token used (cached + non-cached text tokens).
    public init(
        audioTokens: Swift.Int32,
        cachedTokens: Swift.Int32,
        imageTokens: Swift.Int32,
        textTokens: Swift.Int32,
    ) {
        self.audioTokens = audioTokens
        self.cachedTokens = cachedTokens
        self.imageTokens = imageTokens
        self.textTokens = textTokens
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.audioTokens = try container.decodeRequired(Swift.Int32.self, forKey: "audio_tokens")
        self.cachedTokens = try container.decodeRequired(Swift.Int32.self, forKey: "cached_tokens")
        self.imageTokens = try container.decodeRequired(Swift.Int32.self, forKey: "image_tokens")
        self.textTokens = try container.decodeRequired(Swift.Int32.self, forKey: "text_tokens")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.audioTokens, forKey: "audio_tokens")
        try container.encode(self.cachedTokens, forKey: "cached_tokens")
        try container.encode(self.imageTokens, forKey: "image_tokens")
        try container.encode(self.textTokens, forKey: "text_tokens")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
