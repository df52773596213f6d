// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/TranscriptionWord`.
public struct TranscriptionWord: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/TranscriptionWord/properties/text`.
    public var text: Swift.String
    /// Start in seconds.
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionWord/properties/start`.
    public var start: Swift.Double?
    /// End in seconds.
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionWord/properties/end`.
    public var end: Swift.Double?
    /// The speaker's index (with `diarize`).
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionWord/properties/speaker`.
    public var speaker: Swift.Int32?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["text", "start", "end", "speaker"])

    /// Creates a `TranscriptionWord`.
    ///
    /// - Parameters:
    ///   - text: The `text` value.
    ///   - start: Start in seconds.
    ///   - end: End in seconds.
    ///   - speaker: The speaker's index (with `diarize`).
    public init(
        text: Swift.String,
        start: Swift.Double? = nil,
        end: Swift.Double? = nil,
        speaker: Swift.Int32? = nil,
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.speaker = speaker
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.text = try container.decodeRequired(Swift.String.self, forKey: "text")
        self.start = try container.decodeIfPresent(Swift.Double.self, forKey: "start")
        self.end = try container.decodeIfPresent(Swift.Double.self, forKey: "end")
        self.speaker = try container.decodeIfPresent(Swift.Int32.self, forKey: "speaker")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.text, forKey: "text")
        try container.encodeIfPresent(self.start, forKey: "start")
        try container.encodeIfPresent(self.end, forKey: "end")
        try container.encodeIfPresent(self.speaker, forKey: "speaker")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
