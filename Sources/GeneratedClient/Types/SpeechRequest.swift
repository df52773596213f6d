// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Text to speak, and how.
///
/// - Remark: Generated from `#/components/schemas/SpeechRequest`.
public struct SpeechRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The text to speak, at most 15,000 characters; inline tags such as `[pause]` and wrapping tags such as `<whisper>` shape the delivery.
    ///
    /// - Remark: Generated from `#/components/schemas/SpeechRequest/properties/text`.
    public var text: Swift.String
    /// A voice (`eve`, the default, `ara`, `leo`, `rex`, `sal`) or a custom voice ID.
    ///
    /// - Remark: Generated from `#/components/schemas/SpeechRequest/properties/voice_id`.
    public var voiceID: Swift.String?
    /// BCP-47 language code (`en`, `zh`, `pt-BR`, ...) or `auto`.
    ///
    /// - Remark: Generated from `#/components/schemas/SpeechRequest/properties/language`.
    public var language: Swift.String
    /// - Remark: Generated from `#/components/schemas/SpeechRequest/properties/output_format`.
    public var outputFormat: SpeechOutputFormat?
    /// Playback speed multiplier
    ///
    /// - Remark: Generated from `#/components/schemas/SpeechRequest/properties/speed`.
    public var speed: Swift.Double?
    /// 0 (default, best quality) to 2: smaller first chunks for a lower time to first audio.
    ///
    /// - Remark: Generated from `#/components/schemas/SpeechRequest/properties/optimize_streaming_latency`.
    public var optimizeStreamingLatency: Swift.Int32?
    /// Normalise written-form text before synthesis.
    ///
    /// - Remark: Generated from `#/components/schemas/SpeechRequest/properties/text_normalization`.
    public var textNormalization: Swift.Bool?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["text", "voice_id", "language", "output_format", "speed", "optimize_streaming_latency", "text_normalization"])

    /// Creates a `SpeechRequest`.
    ///
    /// - Parameters:
    ///   - text: The text to speak, at most 15,000 characters; inline tags such as `[pause]` and wrapping tags such as `<whisper>` shape the delivery.
    ///   - voiceID: A voice (`eve`, the default, `ara`, `leo`, `rex`, `sal`) or a custom voice ID.
    ///   - language: BCP-47 language code (`en`, `zh`, `pt-BR`, ...) or `auto`.
    ///   - outputFormat: The `output_format` value.
    ///   - speed: Playback speed multiplier
    ///   - optimizeStreamingLatency: 0 (default, best quality) to 2: smaller first chunks for a lower time to first audio.
    ///   - textNormalization: Normalise written-form text before synthesis.
    public init(
        text: Swift.String,
        voiceID: Swift.String? = nil,
        language: Swift.String,
        outputFormat: SpeechOutputFormat? = nil,
        speed: Swift.Double? = nil,
        optimizeStreamingLatency: Swift.Int32? = nil,
        textNormalization: Swift.Bool? = nil,
    ) {
        self.text = text
        self.voiceID = voiceID
        self.language = language
        self.outputFormat = outputFormat
        self.speed = speed
        self.optimizeStreamingLatency = optimizeStreamingLatency
        self.textNormalization = textNormalization
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.text = try container.decode(Swift.String.self, forKey: "text")
        self.voiceID = try container.decodeIfPresent(Swift.String.self, forKey: "voice_id")
        self.language = try container.decode(Swift.String.self, forKey: "language")
        self.outputFormat = try container.decodeIfPresent(SpeechOutputFormat.self, forKey: "output_format")
        self.speed = try container.decodeIfPresent(Swift.Double.self, forKey: "speed")
        self.optimizeStreamingLatency = try container.decodeIfPresent(Swift.Int32.self, forKey: "optimize_streaming_latency")
        self.textNormalization = try container.decodeIfPresent(Swift.Bool.self, forKey: "text_normalization")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.text, forKey: "text")
        try container.encodeIfPresent(self.voiceID, forKey: "voice_id")
        try container.encode(self.language, forKey: "language")
        try container.encodeIfPresent(self.outputFormat, forKey: "output_format")
        try container.encodeIfPresent(self.speed, forKey: "speed")
        try container.encodeIfPresent(self.optimizeStreamingLatency, forKey: "optimize_streaming_latency")
        try container.encodeIfPresent(self.textNormalization, forKey: "text_normalization")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
