// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/VoiceList`.
public struct VoiceList: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/VoiceList/properties/voices`.
    public var voices: [Voice]

    /// Creates a `VoiceList`.
    ///
    /// - Parameters:
    ///   - voices: The `voices` value.
    public init(
        voices: [Voice],
    ) {
        self.voices = voices
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.voices = try container.decodeRequired([Voice].self, forKey: "voices")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.voices, forKey: "voices")
    }
}
