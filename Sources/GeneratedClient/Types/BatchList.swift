// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/BatchList`.
public struct BatchList: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/BatchList/properties/batches`.
    public var batches: [Batch]
    /// Pass it back for the next page; absent or null on the last.
    ///
    /// - Remark: Generated from `#/components/schemas/BatchList/properties/pagination_token`.
    public var paginationToken: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["batches", "pagination_token"])

    /// Creates a `BatchList`.
    ///
    /// - Parameters:
    ///   - batches: The `batches` value.
    ///   - paginationToken: Pass it back for the next page; absent or null on the last.
    public init(
        batches: [Batch],
        paginationToken: Swift.String? = nil,
    ) {
        self.batches = batches
        self.paginationToken = paginationToken
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.batches = try container.decodeRequired([Batch].self, forKey: "batches")
        self.paginationToken = try container.decodeIfPresent(Swift.String.self, forKey: "pagination_token")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.batches, forKey: "batches")
        try container.encodeIfPresent(self.paginationToken, forKey: "pagination_token")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
