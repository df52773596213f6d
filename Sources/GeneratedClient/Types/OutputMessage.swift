// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// An output message from the model.
///
/// - Remark: Generated from `#/components/schemas/OutputMessage`.
public struct OutputMessage: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Content of the output message.
    ///
    /// - Remark: Generated from `#/components/schemas/OutputMessage/properties/content`.
    public var content: [OutputMessageContent]
    /// The unique ID of the output message.
    ///
    /// - Remark: Generated from `#/components/schemas/OutputMessage/properties/id`.
    public var id: Swift.String?
    /// The role of the output message, which can be `assistant` or `tool`.
    ///
    /// - Remark: Generated from `#/components/schemas/OutputMessage/properties/role`.
    public var role: Swift.String
    /// Status of the item. One of `completed`, `in_progress` or `incomplete`.
    ///
    /// - Remark: Generated from `#/components/schemas/OutputMessage/properties/status`.
    public var status: Swift.String?
    /// The type of the output message, which is always `message`.
    ///
    /// - Remark: Generated from `#/components/schemas/OutputMessage/properties/type`.
    public var type: Swift.String { "message" }
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["content", "id", "role", "status", "type"])

    /// Creates an `OutputMessage`.
    ///
    /// - Parameters:
    ///   - content: Content of the output message.
    ///   - id: The unique ID of the output message.
    ///   - role: The role of the output message, which can be `assistant` or `tool`.
    ///   - status: Status of the item. One of `completed`, `in_progress` or `incomplete`.
    public init(
        content: [OutputMessageContent],
        id: Swift.String? = nil,
        role: Swift.String,
        status: Swift.String? = nil,
    ) {
        self.content = content
        self.id = id
        self.role = role
        self.status = status
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.content = try container.decodeRequired([OutputMessageContent].self, forKey: "content")
        self.id = try container.decodeIfPresent(Swift.String.self, forKey: "id")
        self.role = try container.decodeRequired(Swift.String.self, forKey: "role")
        self.status = try container.decodeIfPresent(Swift.String.self, forKey: "status")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.content, forKey: "content")
        try container.encodeIfPresent(self.id, forKey: "id")
        try container.encode(self.role, forKey: "role")
        try container.encodeIfPresent(self.status, forKey: "status")
        try GeneratedClientRuntime.UnionCoding.encodeTag("message", as: "type", to: encoder)
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
