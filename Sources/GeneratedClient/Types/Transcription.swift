// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Transcription`.
public struct Transcription: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The whole transcript (merged across channels).
    ///
    /// - Remark: Generated from `#/components/schemas/Transcription/properties/text`.
    public var text: Swift.String
    /// Detected language code (empty while detection is not enabled).
    ///
    /// - Remark: Generated from `#/components/schemas/Transcription/properties/language`.
    public var language: Swift.String?
    /// Audio duration in seconds.
    ///
    /// - Remark: Generated from `#/components/schemas/Transcription/properties/duration`.
    public var duration: Swift.Double?
    /// Words with timestamps; absent when empty.
    ///
    /// - Remark: Generated from `#/components/schemas/Transcription/properties/words`.
    public var words: [TranscriptionWord]?
    /// Per-channel transcripts, with `multichannel=true`.
    ///
    /// - Remark: Generated from `#/components/schemas/Transcription/properties/channels`.
    public var channels: [GeneratedClientRuntime.JSONValue]?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["text", "language", "duration", "words", "channels"])

    /// Creates a `Transcription`.
    ///
    /// - Parameters:
    ///   - text: The whole transcript (merged across channels).
    ///   - language: Detected language code (empty while detection is not enabled).
    ///   - duration: Audio duration in seconds.
    ///   - words: Words with timestamps; absent when empty.
    ///   - channels: Per-channel transcripts, with `multichannel=true`.
    public init(
        text: Swift.String,
        language: Swift.String? = nil,
        duration: Swift.Double? = nil,
        words: [TranscriptionWord]? = nil,
        channels: [GeneratedClientRuntime.JSONValue]? = nil,
    ) {
        self.text = text
        self.language = language
        self.duration = duration
        self.words = words
        self.channels = channels
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.text = try container.decodeRequired(Swift.String.self, forKey: "text")
        self.language = try container.decodeIfPresent(Swift.String.self, forKey: "language")
        self.duration = try container.decodeIfPresent(Swift.Double.self, forKey: "duration")
        self.words = try container.decodeIfPresent([TranscriptionWord].self, forKey: "words")
        self.channels = try container.decodeIfPresent([GeneratedClientRuntime.JSONValue].self, forKey: "channels")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.text, forKey: "text")
        try container.encodeIfPresent(self.language, forKey: "language")
        try container.encodeIfPresent(self.duration, forKey: "duration")
        try container.encodeIfPresent(self.words, forKey: "words")
        try container.encodeIfPresent(self.channels, forKey: "channels")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
