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
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.voiceID, forKey: "voice_id")
        try container.encodeIfPresent(self.name, forKey: "name")
    }
}
