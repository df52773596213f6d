// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// SearchResponse defines the response to a search request.
///
/// - Remark: Generated from `#/components/schemas/SearchResponse`.
public struct SearchResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The search matches.
    ///
    /// - Remark: Generated from `#/components/schemas/SearchResponse/properties/matches`.
    public var matches: [SearchMatch]

    /// Creates a `SearchResponse`.
    ///
    /// - Parameters:
    ///   - matches: The search matches.
    public init(
        matches: [SearchMatch],
    ) {
        self.matches = matches
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.matches = try container.decodeRequired([SearchMatch].self, forKey: "matches")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.matches, forKey: "matches")
    }
}
