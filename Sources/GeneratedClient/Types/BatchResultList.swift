// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/BatchResultList`.
public struct BatchResultList: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/BatchResultList/properties/results`.
    public var results: [BatchResult]
    /// Pass it back for the next page; absent or null on the last.
    ///
    /// - Remark: Generated from `#/components/schemas/BatchResultList/properties/pagination_token`.
    public var paginationToken: Swift.String?

    /// Creates a `BatchResultList`.
    ///
    /// - Parameters:
    ///   - results: The `results` value.
    ///   - paginationToken: Pass it back for the next page; absent or null on the last.
    public init(
        results: [BatchResult],
        paginationToken: Swift.String? = nil,
    ) {
        self.results = results
        self.paginationToken = paginationToken
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.results = try container.decodeRequired([BatchResult].self, forKey: "results")
        self.paginationToken = try container.decodeIfPresent(Swift.String.self, forKey: "pagination_token")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.results, forKey: "results")
        try container.encodeIfPresent(self.paginationToken, forKey: "pagination_token")
    }
}
