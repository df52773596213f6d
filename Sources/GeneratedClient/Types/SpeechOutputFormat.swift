// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The audio's encoding; MP3 at 24 kHz and 128 kbps when absent.
///
/// - Remark: Generated from `#/components/schemas/SpeechOutputFormat`.
public struct SpeechOutputFormat: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// `mp3` (audio/mpeg), `wav`, `pcm` (16-bit little-endian), `mulaw`/`ulaw` or `alaw` (telephony).
    ///
    /// - Remark: Generated from `#/components/schemas/SpeechOutputFormat/properties/codec`.
    public var codec: SpeechOutputFormat.Codec?
    /// Hz: 8000, 16000, 22050, 24000 (default), 44100 or 48000.
    ///
    /// - Remark: Generated from `#/components/schemas/SpeechOutputFormat/properties/sample_rate`.
    public var sampleRate: Swift.Int32?
    /// Bits per second, MP3 only: 32000, 64000, 96000, 128000 (default) or 192000.
    ///
    /// - Remark: Generated from `#/components/schemas/SpeechOutputFormat/properties/bit_rate`.
    public var bitRate: Swift.Int32?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["codec", "sample_rate", "bit_rate"])

    /// Creates a `SpeechOutputFormat`.
    ///
    /// - Parameters:
    ///   - codec: `mp3` (audio/mpeg), `wav`, `pcm` (16-bit little-endian), `mulaw`/`ulaw` or `alaw` (telephony).
    ///   - sampleRate: Hz: 8000, 16000, 22050, 24000 (default), 44100 or 48000.
    ///   - bitRate: Bits per second, MP3 only: 32000, 64000, 96000, 128000 (default) or 192000.
    public init(
        codec: SpeechOutputFormat.Codec? = nil,
        sampleRate: Swift.Int32? = nil,
        bitRate: Swift.Int32? = nil,
    ) {
        self.codec = codec
        self.sampleRate = sampleRate
        self.bitRate = bitRate
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.codec = try container.decodeIfPresent(SpeechOutputFormat.Codec.self, forKey: "codec")
        self.sampleRate = try container.decodeIfPresent(Swift.Int32.self, forKey: "sample_rate")
        self.bitRate = try container.decodeIfPresent(Swift.Int32.self, forKey: "bit_rate")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.codec, forKey: "codec")
        try container.encodeIfPresent(self.sampleRate, forKey: "sample_rate")
        try container.encodeIfPresent(self.bitRate, forKey: "bit_rate")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

extension SpeechOutputFormat {
    /// `mp3` (audio/mpeg), `wav`, `pcm` (16-bit little-endian), `mulaw`/`ulaw` or `alaw` (telephony).
    ///
    /// - Remark: Generated from `#/components/schemas/SpeechOutputFormat/properties/codec`.
    public enum Codec: GeneratedClientRuntime.OpenEnum {
        case mp3
        case wav
        case pcm
        case mulaw
        case ulaw
        case alaw
        /// A value this client does not know yet; decoding never fails because the server added one.
        case unknown(Swift.String)

        public init(rawValue: Swift.String) {
            switch rawValue {
            case "mp3": self = .mp3
            case "wav": self = .wav
            case "pcm": self = .pcm
            case "mulaw": self = .mulaw
            case "ulaw": self = .ulaw
            case "alaw": self = .alaw
            default: self = .unknown(rawValue)
            }
        }

        public var rawValue: Swift.String {
            switch self {
            case .mp3: "mp3"
            case .wav: "wav"
            case .pcm: "pcm"
            case .mulaw: "mulaw"
            case .ulaw: "ulaw"
            case .alaw: "alaw"
            case .unknown(let value): value
            }
        }
    }
}
