// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/EmbeddingResponse`.
public struct EmbeddingResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A list of embedding objects.
    ///
    /// - Remark: Generated from `#/components/schemas/EmbeddingResponse/properties/data`.
    public var data: [Embedding]
    /// Model ID used to create embedding.
    ///
    /// - Remark: Generated from `#/components/schemas/EmbeddingResponse/properties/model`.
    public var model: Swift.String
    /// The object type of `data` field, which is always `"list"`.
    ///
    /// - Remark: Generated from `#/components/schemas/EmbeddingResponse/properties/object`.
    public var object: Swift.String
    /// Token usage information.
    ///
    /// - Remark: Generated from `#/components/schemas/EmbeddingResponse/properties/usage`.
    public var usage: EmbeddingUsage?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["data", "model", "object", "usage"])

    /// Creates an `EmbeddingResponse`.
    ///
    /// - Parameters:
    ///   - data: A list of embedding objects.
    ///   - model: Model ID used to create embedding.
    ///   - object: The object type of `data` field, which is always `"list"`.
    ///   - usage: Token usage information.
    public init(
        data: [Embedding],
        model: Swift.String,
        object: Swift.String,
        usage: EmbeddingUsage? = nil,
    ) {
        self.data = data
        self.model = model
        self.object = object
        self.usage = usage
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.data = try container.decodeRequired([Embedding].self, forKey: "data")
        self.model = try container.decodeRequired(Swift.String.self, forKey: "model")
        self.object = try container.decodeRequired(Swift.String.self, forKey: "object")
        self.usage = try container.decodeIfPresent(EmbeddingUsage.self, forKey: "usage")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.data, forKey: "data")
        try container.encode(self.model, forKey: "model")
        try container.encode(self.object, forKey: "object")
        try container.encodeIfPresent(self.usage, forKey: "usage")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
