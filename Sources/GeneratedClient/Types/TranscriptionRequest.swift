// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Multipart form fields of POST /v1/stt; `file` (or `url`) is required and must come last, as here.
///
/// - Remark: Generated from `#/components/schemas/TranscriptionRequest`.
public struct TranscriptionRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// URL of an audio file for the server to fetch, instead of `file`.
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionRequest/properties/url`.
    public var url: Swift.String?
    /// Only for raw audio (`pcm`, `mulaw`, `alaw`); containers are detected.
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionRequest/properties/audio_format`.
    public var audioFormat: TranscriptionRequest.AudioFormat?
    /// Hz, required for raw audio: 8000, 16000, 22050, 24000, 44100 or 48000.
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionRequest/properties/sample_rate`.
    public var sampleRate: Swift.String?
    /// Language code (`en`, `fr`, ...); with `format` it writes numbers and units in written form.
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionRequest/properties/language`.
    public var language: Swift.String?
    /// Format the text (needs `language`).
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionRequest/properties/format`.
    public var format: TranscriptionRequest.Format?
    /// Transcribe each channel on its own (`channels` in the answer).
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionRequest/properties/multichannel`.
    public var multichannel: TranscriptionRequest.Multichannel?
    /// Channels of raw multichannel audio (2 to 8).
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionRequest/properties/channels`.
    public var channels: Swift.Int32?
    /// Tell speakers apart (a speaker per word).
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionRequest/properties/diarize`.
    public var diarize: TranscriptionRequest.Diarize?
    /// Keep filler words such as "um".
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionRequest/properties/filler_words`.
    public var fillerWords: TranscriptionRequest.FillerWords?
    /// The audio, at most 500 MB: wav, mp3, ogg, opus, flac, aac, mp4, m4a, mkv, or raw pcm, mulaw, alaw.
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionRequest/properties/file`.
    public var file: GeneratedClientRuntime.FileUpload?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["url", "audio_format", "sample_rate", "language", "format", "multichannel", "channels", "diarize", "filler_words", "file"])

    /// Creates a `TranscriptionRequest`.
    ///
    /// - Parameters:
    ///   - url: URL of an audio file for the server to fetch, instead of `file`.
    ///   - audioFormat: Only for raw audio (`pcm`, `mulaw`, `alaw`); containers are detected.
    ///   - sampleRate: Hz, required for raw audio: 8000, 16000, 22050, 24000, 44100 or 48000.
    ///   - language: Language code (`en`, `fr`, ...); with `format` it writes numbers and units in written form.
    ///   - format: Format the text (needs `language`).
    ///   - multichannel: Transcribe each channel on its own (`channels` in the answer).
    ///   - channels: Channels of raw multichannel audio (2 to 8).
    ///   - diarize: Tell speakers apart (a speaker per word).
    ///   - fillerWords: Keep filler words such as "um".
    ///   - file: The audio, at most 500 MB: wav, mp3, ogg, opus, flac, aac, mp4, m4a, mkv, or raw pcm, mulaw, alaw.
    public init(
        url: Swift.String? = nil,
        audioFormat: TranscriptionRequest.AudioFormat? = nil,
        sampleRate: Swift.String? = nil,
        language: Swift.String? = nil,
        format: TranscriptionRequest.Format? = nil,
        multichannel: TranscriptionRequest.Multichannel? = nil,
        channels: Swift.Int32? = nil,
        diarize: TranscriptionRequest.Diarize? = nil,
        fillerWords: TranscriptionRequest.FillerWords? = nil,
        file: GeneratedClientRuntime.FileUpload? = nil,
    ) {
        self.url = url
        self.audioFormat = audioFormat
        self.sampleRate = sampleRate
        self.language = language
        self.format = format
        self.multichannel = multichannel
        self.channels = channels
        self.diarize = diarize
        self.fillerWords = fillerWords
        self.file = file
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.url = try container.decodeIfPresent(Swift.String.self, forKey: "url")
        self.audioFormat = try container.decodeIfPresent(TranscriptionRequest.AudioFormat.self, forKey: "audio_format")
        self.sampleRate = try container.decodeIfPresent(Swift.String.self, forKey: "sample_rate")
        self.language = try container.decodeIfPresent(Swift.String.self, forKey: "language")
        self.format = try container.decodeIfPresent(TranscriptionRequest.Format.self, forKey: "format")
        self.multichannel = try container.decodeIfPresent(TranscriptionRequest.Multichannel.self, forKey: "multichannel")
        self.channels = try container.decodeIfPresent(Swift.Int32.self, forKey: "channels")
        self.diarize = try container.decodeIfPresent(TranscriptionRequest.Diarize.self, forKey: "diarize")
        self.fillerWords = try container.decodeIfPresent(TranscriptionRequest.FillerWords.self, forKey: "filler_words")
        self.file = try container.decodeIfPresent(GeneratedClientRuntime.FileUpload.self, forKey: "file")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.url, forKey: "url")
        try container.encodeIfPresent(self.audioFormat, forKey: "audio_format")
        try container.encodeIfPresent(self.sampleRate, forKey: "sample_rate")
        try container.encodeIfPresent(self.language, forKey: "language")
        try container.encodeIfPresent(self.format, forKey: "format")
        try container.encodeIfPresent(self.multichannel, forKey: "multichannel")
        try container.encodeIfPresent(self.channels, forKey: "channels")
        try container.encodeIfPresent(self.diarize, forKey: "diarize")
        try container.encodeIfPresent(self.fillerWords, forKey: "filler_words")
        try container.encodeIfPresent(self.file, forKey: "file")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

extension TranscriptionRequest {
    /// Only for raw audio (`pcm`, `mulaw`, `alaw`); containers are detected.
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionRequest/properties/audio_format`.
    public enum AudioFormat: GeneratedClientRuntime.OpenEnum {
        case pcm
        case mulaw
        case alaw
        case wav
        case mp3
        case ogg
        case opus
        case flac
        case aac
        case mp4
        case m4a
        case mkv
        /// A value this client does not know yet; decoding never fails because the server added one.
        case unknown(Swift.String)

        public init(rawValue: Swift.String) {
            switch rawValue {
            case "pcm": self = .pcm
            case "mulaw": self = .mulaw
            case "alaw": self = .alaw
            case "wav": self = .wav
            case "mp3": self = .mp3
            case "ogg": self = .ogg
            case "opus": self = .opus
            case "flac": self = .flac
            case "aac": self = .aac
            case "mp4": self = .mp4
            case "m4a": self = .m4a
            case "mkv": self = .mkv
            default: self = .unknown(rawValue)
            }
        }

        public var rawValue: Swift.String {
            switch self {
            case .pcm: "pcm"
            case .mulaw: "mulaw"
            case .alaw: "alaw"
            case .wav: "wav"
            case .mp3: "mp3"
            case .ogg: "ogg"
            case .opus: "opus"
            case .flac: "flac"
            case .aac: "aac"
            case .mp4: "mp4"
            case .m4a: "m4a"
            case .mkv: "mkv"
            case .unknown(let value): value
            }
        }
    }
}

extension TranscriptionRequest {
    /// Format the text (needs `language`).
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionRequest/properties/format`.
    public enum Format: GeneratedClientRuntime.OpenEnum {
        case `true`
        case `false`
        /// A value this client does not know yet; decoding never fails because the server added one.
        case unknown(Swift.String)

        public init(rawValue: Swift.String) {
            switch rawValue {
            case "true": self = .`true`
            case "false": self = .`false`
            default: self = .unknown(rawValue)
            }
        }

        public var rawValue: Swift.String {
            switch self {
            case .`true`: "true"
            case .`false`: "false"
            case .unknown(let value): value
            }
        }
    }
}

extension TranscriptionRequest {
    /// Transcribe each channel on its own (`channels` in the answer).
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionRequest/properties/multichannel`.
    public enum Multichannel: GeneratedClientRuntime.OpenEnum {
        case `true`
        case `false`
        /// A value this client does not know yet; decoding never fails because the server added one.
        case unknown(Swift.String)

        public init(rawValue: Swift.String) {
            switch rawValue {
            case "true": self = .`true`
            case "false": self = .`false`
            default: self = .unknown(rawValue)
            }
        }

        public var rawValue: Swift.String {
            switch self {
            case .`true`: "true"
            case .`false`: "false"
            case .unknown(let value): value
            }
        }
    }
}

extension TranscriptionRequest {
    /// Tell speakers apart (a speaker per word).
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionRequest/properties/diarize`.
    public enum Diarize: GeneratedClientRuntime.OpenEnum {
        case `true`
        case `false`
        /// A value this client does not know yet; decoding never fails because the server added one.
        case unknown(Swift.String)

        public init(rawValue: Swift.String) {
            switch rawValue {
            case "true": self = .`true`
            case "false": self = .`false`
            default: self = .unknown(rawValue)
            }
        }

        public var rawValue: Swift.String {
            switch self {
            case .`true`: "true"
            case .`false`: "false"
            case .unknown(let value): value
            }
        }
    }
}

extension TranscriptionRequest {
    /// Keep filler words such as "um".
    ///
    /// - Remark: Generated from `#/components/schemas/TranscriptionRequest/properties/filler_words`.
    public enum FillerWords: GeneratedClientRuntime.OpenEnum {
        case `true`
        case `false`
        /// A value this client does not know yet; decoding never fails because the server added one.
        case unknown(Swift.String)

        public init(rawValue: Swift.String) {
            switch rawValue {
            case "true": self = .`true`
            case "false": self = .`false`
            default: self = .unknown(rawValue)
            }
        }

        public var rawValue: Swift.String {
            switch self {
            case .`true`: "true"
            case .`false`: "false"
            case .unknown(let value): value
            }
        }
    }
}
