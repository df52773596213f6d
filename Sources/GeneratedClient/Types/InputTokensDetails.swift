// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/InputTokensDetails`.
public struct InputTokensDetails: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Token cached by xAI from previous requests and reused for this request.
    ///
    /// - Remark: Generated from `#/components/schemas/InputTokensDetails/properties/cached_tokens`.
    public var cachedTokens: Swift.Int32
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["cached_tokens"])

    /// Creates an `InputTokensDetails`.
    ///
    /// - Parameters:
    ///   - cachedTokens: Token cached by xAI from previous requests and reused for this request.
    public init(
        cachedTokens: Swift.Int32,
    ) {
        self.cachedTokens = cachedTokens
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.cachedTokens = try container.decodeRequired(Swift.Int32.self, forKey: "cached_tokens")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.cachedTokens, forKey: "cached_tokens")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
