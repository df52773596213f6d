// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Annotation`.
public struct Annotation: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The end index of the annotation.
    ///
    /// - Remark: Generated from `#/components/schemas/Annotation/properties/end_index`.
    public var endIndex: Swift.Int32?
    /// The summary of the annotation.
    ///
    /// - Remark: Generated from `#/components/schemas/Annotation/properties/start_index`.
    public var startIndex: Swift.Int32?
    /// The title of the annotation.
    ///
    /// - Remark: Generated from `#/components/schemas/Annotation/properties/title`.
    public var title: Swift.String?
    /// The type of the annotation. Only supported type currently is `url_citation`.
    ///
    /// - Remark: Generated from `#/components/schemas/Annotation/properties/type`.
    public var type: Swift.String
    /// The URL of the web resource.
    ///
    /// - Remark: Generated from `#/components/schemas/Annotation/properties/url`.
    public var url: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["end_index", "start_index", "title", "type", "url"])

    /// Creates an `Annotation`.
    ///
    /// - Parameters:
    ///   - endIndex: The end index of the annotation.
    ///   - startIndex: The summary of the annotation.
    ///   - title: The title of the annotation.
    ///   - type: The type of the annotation. Only supported type currently is `url_citation`.
    ///   - url: The URL of the web resource.
    public init(
        endIndex: Swift.Int32? = nil,
        startIndex: Swift.Int32? = nil,
        title: Swift.String? = nil,
        type: Swift.String,
        url: Swift.String,
    ) {
        self.endIndex = endIndex
        self.startIndex = startIndex
        self.title = title
        self.type = type
        self.url = url
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.endIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "end_index")
        self.startIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "start_index")
        self.title = try container.decodeIfPresent(Swift.String.self, forKey: "title")
        self.type = try container.decodeRequired(Swift.String.self, forKey: "type")
        self.url = try container.decodeRequired(Swift.String.self, forKey: "url")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.endIndex, forKey: "end_index")
        try container.encodeIfPresent(self.startIndex, forKey: "start_index")
        try container.encodeIfPresent(self.title, forKey: "title")
        try container.encode(self.type, forKey: "type")
        try container.encode(self.url, forKey: "url")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
