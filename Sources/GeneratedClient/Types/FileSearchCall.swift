// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The output of a web search tool call.
///
/// - Remark: Generated from `#/components/schemas/FileSearchCall`.
public struct FileSearchCall: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The unique ID of the file search tool call.
    ///
    /// - Remark: Generated from `#/components/schemas/FileSearchCall/properties/id`.
    public var id: Swift.String?
    /// The queries used to search for files.
    ///
    /// - Remark: Generated from `#/components/schemas/FileSearchCall/properties/queries`.
    public var queries: [Swift.String]
    /// The results of the file search tool call.
    ///
    /// - Remark: Generated from `#/components/schemas/FileSearchCall/properties/results`.
    public var results: [FileSearchResult]
    /// The status of the file search tool call.
    ///
    /// - Remark: Generated from `#/components/schemas/FileSearchCall/properties/status`.
    public var status: Swift.String?
    /// The type of the file search tool call. Always `file_search_call`.
    ///
    /// - Remark: Generated from `#/components/schemas/FileSearchCall/properties/type`.
    public var type: Swift.String { "file_search_call" }
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["id", "queries", "results", "status", "type"])

    /// Creates a `FileSearchCall`.
    ///
    /// - Parameters:
    ///   - id: The unique ID of the file search tool call.
    ///   - queries: The queries used to search for files.
    ///   - results: The results of the file search tool call.
    ///   - status: The status of the file search tool call.
    public init(
        id: Swift.String? = nil,
        queries: [Swift.String],
        results: [FileSearchResult],
        status: Swift.String? = nil,
    ) {
        self.id = id
        self.queries = queries
        self.results = results
        self.status = status
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.id = try container.decodeIfPresent(Swift.String.self, forKey: "id")
        self.queries = try container.decodeRequired([Swift.String].self, forKey: "queries")
        self.results = try container.decodeRequired([FileSearchResult].self, forKey: "results")
        self.status = try container.decodeIfPresent(Swift.String.self, forKey: "status")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.id, forKey: "id")
        try container.encode(self.queries, forKey: "queries")
        try container.encode(self.results, forKey: "results")
        try container.encodeIfPresent(self.status, forKey: "status")
        try GeneratedClientRuntime.UnionCoding.encodeTag("file_search_call", as: "type", to: encoder)
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
