// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/TokenizeResponse`.
public struct TokenizeResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A list of tokens.
    ///
    /// - Remark: Generated from `#/components/schemas/TokenizeResponse/properties/token_ids`.
    public var tokenIDs: [TokenizeResponseToken]

    /// Creates a `TokenizeResponse`.
    ///
    /// - Parameters:
    ///   - tokenIDs: A list of tokens.
    public init(
        tokenIDs: [TokenizeResponseToken],
    ) {
        self.tokenIDs = tokenIDs
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.tokenIDs = try container.decodeRequired([TokenizeResponseToken].self, forKey: "token_ids")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.tokenIDs, forKey: "token_ids")
    }
}
