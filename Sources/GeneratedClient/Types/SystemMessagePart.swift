// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/SystemMessagePart`.
public struct SystemMessagePart: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// (Unsupported) Cache control.
    ///
    /// - Remark: Generated from `#/components/schemas/SystemMessagePart/properties/cache_control`.
    public var cacheControl: GeneratedClientRuntime.JSONValue?
    /// System prompt text.
    ///
    /// - Remark: Generated from `#/components/schemas/SystemMessagePart/properties/text`.
    public var text: Swift.String
    /// Type of the object. This is always `"text"`.
    ///
    /// - Remark: Generated from `#/components/schemas/SystemMessagePart/properties/type`.
    public var type: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["cache_control", "text", "type"])

    /// Creates a `SystemMessagePart`.
    ///
    /// - Parameters:
    ///   - cacheControl: (Unsupported) Cache control.
    ///   - text: System prompt text.
    ///   - type: Type of the object. This is always `"text"`.
    public init(
        cacheControl: GeneratedClientRuntime.JSONValue? = nil,
        text: Swift.String,
        type: Swift.String,
    ) {
        self.cacheControl = cacheControl
        self.text = text
        self.type = type
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.cacheControl = try container.decodeIfPresent(GeneratedClientRuntime.JSONValue.self, forKey: "cache_control")
        self.text = try container.decode(Swift.String.self, forKey: "text")
        self.type = try container.decode(Swift.String.self, forKey: "type")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.cacheControl, forKey: "cache_control")
        try container.encode(self.text, forKey: "text")
        try container.encode(self.type, forKey: "type")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
