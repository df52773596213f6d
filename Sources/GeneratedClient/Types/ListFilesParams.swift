// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Parameters to control listing of files.
///
/// - Remark: Generated from `#/components/schemas/ListFilesParams`.
public struct ListFilesParams: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Only included for compatibility. Use `pagination_token` instead.
    ///
    /// - Remark: Generated from `#/components/schemas/ListFilesParams/properties/after`.
    public var after: Swift.String?
    /// The maximum number of objects to be returned in a single response.
    ///
    /// - Default: `100`.
    /// - Example: `100`.
    /// - Generated from `#/components/schemas/ListFilesParams/properties/limit`.
    public var limit: Swift.Int32?
    /// The ordering to sort the returned files. Use `asc` for ascending and `desc` for descending order.
    ///
    /// - Default: `"desc"`.
    /// - Generated from `#/components/schemas/ListFilesParams/properties/order`.
    public var order: Swift.String?
    /// The pagination token returned by the previous list files request.
    ///
    /// - Remark: Generated from `#/components/schemas/ListFilesParams/properties/pagination_token`.
    public var paginationToken: Swift.String?
    /// The field to sort by. Valid options: `created_at`, `filename`, `size`. Defaults to `created_at`.
    ///
    /// - Default: `"created_at"`.
    /// - Generated from `#/components/schemas/ListFilesParams/properties/sort_by`.
    public var sortBy: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["after", "limit", "order", "pagination_token", "sort_by"])

    /// Creates a `ListFilesParams`.
    ///
    /// - Parameters:
    ///   - after: Only included for compatibility. Use `pagination_token` instead.
    ///   - limit: The maximum number of objects to be returned in a single response.
    ///   - order: The ordering to sort the returned files. Use `asc` for ascending and `desc` for descending order.
    ///   - paginationToken: The pagination token returned by the previous list files request.
    ///   - sortBy: The field to sort by. Valid options: `created_at`, `filename`, `size`. Defaults to `created_at`.
    public init(
        after: Swift.String? = nil,
        limit: Swift.Int32? = nil,
        order: Swift.String? = nil,
        paginationToken: Swift.String? = nil,
        sortBy: Swift.String? = nil,
    ) {
        self.after = after
        self.limit = limit
        self.order = order
        self.paginationToken = paginationToken
        self.sortBy = sortBy
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.after = try container.decodeIfPresent(Swift.String.self, forKey: "after")
        self.limit = try container.decodeIfPresent(Swift.Int32.self, forKey: "limit")
        self.order = try container.decodeIfPresent(Swift.String.self, forKey: "order")
        self.paginationToken = try container.decodeIfPresent(Swift.String.self, forKey: "pagination_token")
        self.sortBy = try container.decodeIfPresent(Swift.String.self, forKey: "sort_by")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.after, forKey: "after")
        try container.encodeIfPresent(self.limit, forKey: "limit")
        try container.encodeIfPresent(self.order, forKey: "order")
        try container.encodeIfPresent(self.paginationToken, forKey: "pagination_token")
        try container.encodeIfPresent(self.sortBy, forKey: "sort_by")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
