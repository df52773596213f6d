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
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["batch_request_metadata", "pagination_token"])

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
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.batchRequestMetadata, forKey: "batch_request_metadata")
        try container.encodeIfPresent(self.paginationToken, forKey: "pagination_token")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
