// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ListFilesResponse`.
public struct ListFilesResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// List of files.
    ///
    /// - Remark: Generated from `#/components/schemas/ListFilesResponse/properties/data`.
    public var data: [File]
    /// Pagination token to use with next request.
    ///
    /// - Remark: Generated from `#/components/schemas/ListFilesResponse/properties/pagination_token`.
    public var paginationToken: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["data", "pagination_token"])

    /// Creates a `ListFilesResponse`.
    ///
    /// - Parameters:
    ///   - data: List of files.
    ///   - paginationToken: Pagination token to use with next request.
    public init(
        data: [File],
        paginationToken: Swift.String? = nil,
    ) {
        self.data = data
        self.paginationToken = paginationToken
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.data = try container.decodeRequired([File].self, forKey: "data")
        self.paginationToken = try container.decodeIfPresent(Swift.String.self, forKey: "pagination_token")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.data, forKey: "data")
        try container.encodeIfPresent(self.paginationToken, forKey: "pagination_token")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
