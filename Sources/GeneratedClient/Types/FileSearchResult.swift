// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/FileSearchResult`.
public struct FileSearchResult: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The file ID of the file search result.
    ///
    /// - Remark: Generated from `#/components/schemas/FileSearchResult/properties/file_id`.
    public var fileID: Swift.String
    /// The filename of the file search result.
    ///
    /// - Remark: Generated from `#/components/schemas/FileSearchResult/properties/filename`.
    public var filename: Swift.String
    /// The score of the file search result.
    /// Proto3 omits float fields with value 0.0; default to 0.0 when absent.
    ///
    /// - Remark: Generated from `#/components/schemas/FileSearchResult/properties/score`.
    public var score: Swift.Double?
    /// The text of the file search result.
    ///
    /// - Remark: Generated from `#/components/schemas/FileSearchResult/properties/text`.
    public var text: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["file_id", "filename", "score", "text"])

    /// Creates a `FileSearchResult`.
    ///
    /// - Parameters:
    ///   - fileID: The file ID of the file search result.
    ///   - filename: The filename of the file search result.
    ///   - score: The score of the file search result.
    ///   - text: The text of the file search result.
    public init(
        fileID: Swift.String,
        filename: Swift.String,
        score: Swift.Double? = nil,
        text: Swift.String,
    ) {
        self.fileID = fileID
        self.filename = filename
        self.score = score
        self.text = text
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.fileID = try container.decodeRequired(Swift.String.self, forKey: "file_id")
        self.filename = try container.decodeRequired(Swift.String.self, forKey: "filename")
        self.score = try container.decodeIfPresent(Swift.Double.self, forKey: "score")
        self.text = try container.decodeRequired(Swift.String.self, forKey: "text")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.fileID, forKey: "file_id")
        try container.encode(self.filename, forKey: "filename")
        try container.encodeIfPresent(self.score, forKey: "score")
        try container.encode(self.text, forKey: "text")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
