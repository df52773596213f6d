// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/InputTokensDetails`.
public struct InputTokensDetails: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Token cached by xAI from previous requests and reused for this request.
    ///
    /// - Remark: Generated from `#/components/schemas/InputTokensDetails/properties/cached_tokens`.
    public var cachedTokens: Swift.Int32

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
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.cachedTokens, forKey: "cached_tokens")
    }
}
