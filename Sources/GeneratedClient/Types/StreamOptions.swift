// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Options available when using streaming response.
///
/// - Remark: Generated from `#/components/schemas/StreamOptions`.
public struct StreamOptions: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Set an additional chunk to be streamed before the `data: [DONE]` message. The other chunks will return `null` in `usage` field.
    ///
    /// - Remark: Generated from `#/components/schemas/StreamOptions/properties/include_usage`.
    public var includeUsage: Swift.Bool

    /// Creates a `StreamOptions`.
    ///
    /// - Parameters:
    ///   - includeUsage: Set an additional chunk to be streamed before the `data: [DONE]` message. The other chunks will return `null` in `usage` field.
    public init(
        includeUsage: Swift.Bool,
    ) {
        self.includeUsage = includeUsage
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.includeUsage = try container.decode(Swift.Bool.self, forKey: "include_usage")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.includeUsage, forKey: "include_usage")
    }
}
