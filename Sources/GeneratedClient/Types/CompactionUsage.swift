// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Token usage of a compaction.
///
/// - Remark: Generated from `#/components/schemas/CompactionUsage`.
public struct CompactionUsage: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Number of messages dropped or summarised.
    ///
    /// - Remark: Generated from `#/components/schemas/CompactionUsage/properties/dropped_message_count`.
    public var droppedMessageCount: Swift.Int32
    /// Tokens of the original (pre-compaction) input.
    ///
    /// - Remark: Generated from `#/components/schemas/CompactionUsage/properties/input_tokens`.
    public var inputTokens: Swift.Int32
    /// - Remark: Generated from `#/components/schemas/CompactionUsage/properties/input_tokens_details`.
    public var inputTokensDetails: CompactionUsage.InputTokensDetailsPayload?
    /// Tokens of the compacted output.
    ///
    /// - Remark: Generated from `#/components/schemas/CompactionUsage/properties/output_tokens`.
    public var outputTokens: Swift.Int32
    /// - Remark: Generated from `#/components/schemas/CompactionUsage/properties/output_tokens_details`.
    public var outputTokensDetails: CompactionUsage.OutputTokensDetailsPayload?
    /// Input plus output tokens
    ///
    /// - Remark: Generated from `#/components/schemas/CompactionUsage/properties/total_tokens`.
    public var totalTokens: Swift.Int32
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["dropped_message_count", "input_tokens", "input_tokens_details", "output_tokens", "output_tokens_details", "total_tokens"])

    /// Creates a `CompactionUsage`.
    ///
    /// - Parameters:
    ///   - droppedMessageCount: Number of messages dropped or summarised.
    ///   - inputTokens: Tokens of the original (pre-compaction) input.
    ///   - inputTokensDetails: The `input_tokens_details` value.
    ///   - outputTokens: Tokens of the compacted output.
    ///   - outputTokensDetails: The `output_tokens_details` value.
    ///   - totalTokens: Input plus output tokens
    public init(
        droppedMessageCount: Swift.Int32,
        inputTokens: Swift.Int32,
        inputTokensDetails: CompactionUsage.InputTokensDetailsPayload? = nil,
        outputTokens: Swift.Int32,
        outputTokensDetails: CompactionUsage.OutputTokensDetailsPayload? = nil,
        totalTokens: Swift.Int32,
    ) {
        self.droppedMessageCount = droppedMessageCount
        self.inputTokens = inputTokens
        self.inputTokensDetails = inputTokensDetails
        self.outputTokens = outputTokens
        self.outputTokensDetails = outputTokensDetails
        self.totalTokens = totalTokens
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.droppedMessageCount = try container.decodeRequired(Swift.Int32.self, forKey: "dropped_message_count")
        self.inputTokens = try container.decodeRequired(Swift.Int32.self, forKey: "input_tokens")
        self.inputTokensDetails = try container.decodeIfPresent(CompactionUsage.InputTokensDetailsPayload.self, forKey: "input_tokens_details")
        self.outputTokens = try container.decodeRequired(Swift.Int32.self, forKey: "output_tokens")
        self.outputTokensDetails = try container.decodeIfPresent(CompactionUsage.OutputTokensDetailsPayload.self, forKey: "output_tokens_details")
        self.totalTokens = try container.decodeRequired(Swift.Int32.self, forKey: "total_tokens")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.droppedMessageCount, forKey: "dropped_message_count")
        try container.encode(self.inputTokens, forKey: "input_tokens")
        try container.encodeIfPresent(self.inputTokensDetails, forKey: "input_tokens_details")
        try container.encode(self.outputTokens, forKey: "output_tokens")
        try container.encodeIfPresent(self.outputTokensDetails, forKey: "output_tokens_details")
        try container.encode(self.totalTokens, forKey: "total_tokens")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

extension CompactionUsage {
    /// - Remark: Generated from `#/components/schemas/CompactionUsage/properties/input_tokens_details`.
    public struct InputTokensDetailsPayload: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Input tokens served from the prompt cache.
        ///
        /// - Remark: Generated from `#/components/schemas/CompactionUsage/properties/input_tokens_details/properties/cached_tokens`.
        public var cachedTokens: Swift.Int32?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["cached_tokens"])

        /// Creates an `InputTokensDetailsPayload`.
        ///
        /// - Parameters:
        ///   - cachedTokens: Input tokens served from the prompt cache.
        public init(
            cachedTokens: Swift.Int32? = nil,
        ) {
            self.cachedTokens = cachedTokens
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.cachedTokens = try container.decodeIfPresent(Swift.Int32.self, forKey: "cached_tokens")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.cachedTokens, forKey: "cached_tokens")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension CompactionUsage {
    /// - Remark: Generated from `#/components/schemas/CompactionUsage/properties/output_tokens_details`.
    public struct OutputTokensDetailsPayload: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Reasoning tokens generated during compaction.
        ///
        /// - Remark: Generated from `#/components/schemas/CompactionUsage/properties/output_tokens_details/properties/reasoning_tokens`.
        public var reasoningTokens: Swift.Int32?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["reasoning_tokens"])

        /// Creates an `OutputTokensDetailsPayload`.
        ///
        /// - Parameters:
        ///   - reasoningTokens: Reasoning tokens generated during compaction.
        public init(
            reasoningTokens: Swift.Int32? = nil,
        ) {
            self.reasoningTokens = reasoningTokens
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.reasoningTokens = try container.decodeIfPresent(Swift.Int32.self, forKey: "reasoning_tokens")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.reasoningTokens, forKey: "reasoning_tokens")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
