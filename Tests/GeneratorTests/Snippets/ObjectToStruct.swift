// FILE: Types/ChatResponse.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The chat response.
///
/// - Remark: Generated from `#/components/schemas/ChatResponse`.
public struct ChatResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A unique ID.
    ///
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/id`.
    public var id: Swift.String
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/created`.
    public var created: Swift.Int64
    /// - Example: `"fp_123"`.
    /// - Generated from `#/components/schemas/ChatResponse/properties/system_fingerprint`.
    public var systemFingerprint: Swift.String?
    /// - Default: `1.0`.
    /// - Generated from `#/components/schemas/ChatResponse/properties/temperature`.
    public var temperature: Swift.Double?
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/legacy`.
    @available(*, deprecated, message: "Marked deprecated in the OpenAPI document.") public var legacy: Swift.Bool?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["id", "created", "system_fingerprint", "temperature", "legacy"])

    /// Creates a `ChatResponse`.
    ///
    /// - Parameters:
    ///   - id: A unique ID.
    ///   - created: The `created` value.
    ///   - systemFingerprint: The `system_fingerprint` value.
    ///   - temperature: The `temperature` value.
    ///   - legacy: The `legacy` value.
    public init(
        id: Swift.String,
        created: Swift.Int64,
        systemFingerprint: Swift.String? = nil,
        temperature: Swift.Double? = nil,
        legacy: Swift.Bool? = nil,
    ) {
        self.id = id
        self.created = created
        self.systemFingerprint = systemFingerprint
        self.temperature = temperature
        self.legacy = legacy
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.id = try container.decode(Swift.String.self, forKey: "id")
        self.created = try container.decode(Swift.Int64.self, forKey: "created")
        self.systemFingerprint = try container.decodeIfPresent(Swift.String.self, forKey: "system_fingerprint")
        self.temperature = try container.decodeIfPresent(Swift.Double.self, forKey: "temperature")
        self.legacy = try container.decodeIfPresent(Swift.Bool.self, forKey: "legacy")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.id, forKey: "id")
        try container.encode(self.created, forKey: "created")
        try container.encodeIfPresent(self.systemFingerprint, forKey: "system_fingerprint")
        try container.encodeIfPresent(self.temperature, forKey: "temperature")
        try container.encodeIfPresent(self.legacy, forKey: "legacy")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

