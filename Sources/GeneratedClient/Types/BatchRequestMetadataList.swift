// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/BatchRequestMetadataList`.
public struct BatchRequestMetadataList: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/BatchRequestMetadataList/properties/batch_request_metadata`.
    public var batchRequestMetadata: [BatchRequestMetadata]
    /// Pass it back for the next page; absent or null on the last.
    ///
    /// - Remark: Generated from `#/components/schemas/BatchRequestMetadataList/properties/pagination_token`.
    public var paginationToken: Swift.String?

    /// Creates a `BatchRequestMetadataList`.
    ///
    /// - Parameters:
    ///   - batchRequestMetadata: The `batch_request_metadata` value.
    ///   - paginationToken: Pass it back for the next page; absent or null on the last.
    public init(
        batchRequestMetadata: [BatchRequestMetadata],
        paginationToken: Swift.String? = nil,
    ) {
        self.batchRequestMetadata = batchRequestMetadata
        self.paginationToken = paginationToken
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.batchRequestMetadata = try container.decodeRequired([BatchRequestMetadata].self, forKey: "batch_request_metadata")
        self.paginationToken = try container.decodeIfPresent(Swift.String.self, forKey: "pagination_token")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.batchRequestMetadata, forKey: "batch_request_metadata")
        try container.encodeIfPresent(self.paginationToken, forKey: "pagination_token")
    }
}
