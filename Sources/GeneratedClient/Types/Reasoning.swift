// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The reasoning done by the model.
///
/// - Remark: Generated from `#/components/schemas/Reasoning`.
public struct Reasoning: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The reasoning text contents.
    ///
    /// - Remark: Generated from `#/components/schemas/Reasoning/properties/content`.
    public var content: [ReasoningText]?
    /// The enrypted reasoning. Returned when `reasoning.encrypted_content` is passed in `include`.
    ///
    /// - Remark: Generated from `#/components/schemas/Reasoning/properties/encrypted_content`.
    public var encryptedContent: Swift.String?
    /// The unique ID of the reasoning content.
    ///
    /// - Remark: Generated from `#/components/schemas/Reasoning/properties/id`.
    public var id: Swift.String?
    /// Status of the item. One of `completed`, `in_progress` or `incomplete`.
    ///
    /// - Remark: Generated from `#/components/schemas/Reasoning/properties/status`.
    public var status: Swift.String?
    /// The summarized reasoning text contents.
    ///
    /// - Remark: Generated from `#/components/schemas/Reasoning/properties/summary`.
    public var summary: [SummaryText]
    /// The type of the object, which is always `reasoning`.
    ///
    /// - Remark: Generated from `#/components/schemas/Reasoning/properties/type`.
    public var type: Swift.String { "reasoning" }
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["content", "encrypted_content", "id", "status", "summary", "type"])

    /// Creates a `Reasoning`.
    ///
    /// - Parameters:
    ///   - content: The reasoning text contents.
    ///   - encryptedContent: The enrypted reasoning. Returned when `reasoning.encrypted_content` is passed in `include`.
    ///   - id: The unique ID of the reasoning content.
    ///   - status: Status of the item. One of `completed`, `in_progress` or `incomplete`.
    ///   - summary: The summarized reasoning text contents.
    public init(
        content: [ReasoningText]? = nil,
        encryptedContent: Swift.String? = nil,
        id: Swift.String? = nil,
        status: Swift.String? = nil,
        summary: [SummaryText],
    ) {
        self.content = content
        self.encryptedContent = encryptedContent
        self.id = id
        self.status = status
        self.summary = summary
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.content = try container.decodeIfPresent([ReasoningText].self, forKey: "content")
        self.encryptedContent = try container.decodeIfPresent(Swift.String.self, forKey: "encrypted_content")
        self.id = try container.decodeIfPresent(Swift.String.self, forKey: "id")
        self.status = try container.decodeIfPresent(Swift.String.self, forKey: "status")
        self.summary = try container.decodeRequired([SummaryText].self, forKey: "summary")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.content, forKey: "content")
        try container.encodeIfPresent(self.encryptedContent, forKey: "encrypted_content")
        try container.encodeIfPresent(self.id, forKey: "id")
        try container.encodeIfPresent(self.status, forKey: "status")
        try container.encode(self.summary, forKey: "summary")
        try GeneratedClientRuntime.UnionCoding.encodeTag("reasoning", as: "type", to: encoder)
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
