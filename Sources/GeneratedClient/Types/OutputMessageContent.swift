// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/OutputMessageContent`.
public enum OutputMessageContent: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Text output.
    case outputText(OutputMessageContent.OutputText)
    /// Refusal.
    case refusal(OutputMessageContent.Refusal)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "output_text": self = .outputText(try OutputMessageContent.OutputText(from: decoder))
        case "refusal": self = .refusal(try OutputMessageContent.Refusal(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .outputText(let value):
            try value.encode(to: encoder)
        case .refusal(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension OutputMessageContent {
    /// Text output.
    ///
    /// - Remark: Generated from `#/components/schemas/OutputMessageContent/oneOf/0`.
    public struct OutputText: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Citations.
        ///
        /// - Remark: Generated from `#/components/schemas/OutputMessageContent/oneOf/0/properties/annotations`.
        public var annotations: [Annotation]?
        /// The log probabilities of each output token returned in the content of message.
        ///
        /// - Remark: Generated from `#/components/schemas/OutputMessageContent/oneOf/0/properties/logprobs`.
        public var logprobs: [TokenLogProb]?
        /// The text output from the model.
        ///
        /// - Remark: Generated from `#/components/schemas/OutputMessageContent/oneOf/0/properties/text`.
        public var text: Swift.String
        /// - Remark: Generated from `#/components/schemas/OutputMessageContent/oneOf/0/properties/type`.
        public var type: Swift.String { "output_text" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["annotations", "logprobs", "text", "type"])

        /// Creates an `OutputText`.
        ///
        /// - Parameters:
        ///   - annotations: Citations.
        ///   - logprobs: The log probabilities of each output token returned in the content of message.
        ///   - text: The text output from the model.
        public init(
            annotations: [Annotation]? = nil,
            logprobs: [TokenLogProb]? = nil,
            text: Swift.String,
        ) {
            self.annotations = annotations
            self.logprobs = logprobs
            self.text = text
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.annotations = try container.decodeIfPresent([Annotation].self, forKey: "annotations")
            self.logprobs = try container.decodeIfPresent([TokenLogProb].self, forKey: "logprobs")
            self.text = try container.decodeRequired(Swift.String.self, forKey: "text")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.annotations, forKey: "annotations")
            try container.encodeIfPresent(self.logprobs, forKey: "logprobs")
            try container.encode(self.text, forKey: "text")
            try GeneratedClientRuntime.UnionCoding.encodeTag("output_text", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension OutputMessageContent {
    /// Refusal.
    ///
    /// - Remark: Generated from `#/components/schemas/OutputMessageContent/oneOf/1`.
    public struct Refusal: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// The reason for the refusal.
        ///
        /// - Remark: Generated from `#/components/schemas/OutputMessageContent/oneOf/1/properties/refusal`.
        public var refusal: Swift.String
        /// - Remark: Generated from `#/components/schemas/OutputMessageContent/oneOf/1/properties/type`.
        public var type: Swift.String { "refusal" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["refusal", "type"])

        /// Creates a `Refusal`.
        ///
        /// - Parameters:
        ///   - refusal: The reason for the refusal.
        public init(
            refusal: Swift.String,
        ) {
            self.refusal = refusal
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.refusal = try container.decodeRequired(Swift.String.self, forKey: "refusal")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.refusal, forKey: "refusal")
            try GeneratedClientRuntime.UnionCoding.encodeTag("refusal", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
