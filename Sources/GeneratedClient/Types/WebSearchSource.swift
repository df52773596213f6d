// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/WebSearchSource`.
public struct WebSearchSource: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The type of source.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchSource/properties/type`.
    public var type: Swift.String
    /// The URL of the source.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchSource/properties/url`.
    public var url: Swift.String?

    /// Creates a `WebSearchSource`.
    ///
    /// - Parameters:
    ///   - type: The type of source.
    ///   - url: The URL of the source.
    public init(
        type: Swift.String,
        url: Swift.String? = nil,
    ) {
        self.type = type
        self.url = url
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.type = try container.decodeRequired(Swift.String.self, forKey: "type")
        self.url = try container.decodeIfPresent(Swift.String.self, forKey: "url")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.type, forKey: "type")
        try container.encodeIfPresent(self.url, forKey: "url")
    }
}
