// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Voice`.
public struct Voice: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The voice's ID (lowercase): `voice_id` in SpeechRequest.
    ///
    /// - Remark: Generated from `#/components/schemas/Voice/properties/voice_id`.
    public var voiceID: Swift.String
    /// Display name.
    ///
    /// - Remark: Generated from `#/components/schemas/Voice/properties/name`.
    public var name: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["voice_id", "name"])

    /// Creates a `Voice`.
    ///
    /// - Parameters:
    ///   - voiceID: The voice's ID (lowercase): `voice_id` in SpeechRequest.
    ///   - name: Display name.
    public init(
        voiceID: Swift.String,
        name: Swift.String? = nil,
    ) {
        self.voiceID = voiceID
        self.name = name
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.voiceID = try container.decodeRequired(Swift.String.self, forKey: "voice_id")
        self.name = try container.decodeIfPresent(Swift.String.self, forKey: "name")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.voiceID, forKey: "voice_id")
        try container.encodeIfPresent(self.name, forKey: "name")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
