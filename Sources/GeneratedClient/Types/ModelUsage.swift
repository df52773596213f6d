// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ModelUsage`.
public struct ModelUsage: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Cost in nano US dollars for this request.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelUsage/properties/cost_in_nano_usd`.
    public var costInNanoUsd: Swift.Int64?
    /// Accurate cost of this request in USD ticks, where "tick" is defined as follows:
    /// TICKS_IN_USD_CENT: i64 = 100_000_000
    /// which means there is 10'000'000'000 ticks in one *dollar*.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelUsage/properties/cost_in_usd_ticks`.
    public var costInUsdTicks: Swift.Int64?
    /// Number of input tokens used.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelUsage/properties/input_tokens`.
    public var inputTokens: Swift.Int32
    /// Breakdown of the input tokens.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelUsage/properties/input_tokens_details`.
    public var inputTokensDetails: InputTokensDetails
    /// Number of server side tools used.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelUsage/properties/num_server_side_tools_used`.
    public var numServerSideToolsUsed: Swift.Int32
    /// Number of sources used (for live search).
    ///
    /// - Remark: Generated from `#/components/schemas/ModelUsage/properties/num_sources_used`.
    public var numSourcesUsed: Swift.Int32
    /// Number of output tokens used.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelUsage/properties/output_tokens`.
    public var outputTokens: Swift.Int32
    /// Breakdown of the output tokens.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelUsage/properties/output_tokens_details`.
    public var outputTokensDetails: OutputTokensDetails
    /// Details about the server side tool usage.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelUsage/properties/server_side_tool_usage_details`.
    public var serverSideToolUsageDetails: ServerSideToolUsageDetails?
    /// Total tokens used.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelUsage/properties/total_tokens`.
    public var totalTokens: Swift.Int32
    /// Tokens of the latest context (after server-side tool turns).
    ///
    /// - Remark: Generated from `#/components/schemas/ModelUsage/properties/context_details`.
    public var contextDetails: ModelUsage.ContextDetails?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["cost_in_nano_usd", "cost_in_usd_ticks", "input_tokens", "input_tokens_details", "num_server_side_tools_used", "num_sources_used", "output_tokens", "output_tokens_details", "server_side_tool_usage_details", "total_tokens", "context_details"])

    /// Creates a `ModelUsage`.
    ///
    /// - Parameters:
    ///   - costInNanoUsd: Cost in nano US dollars for this request.
    ///   - costInUsdTicks: Accurate cost of this request in USD ticks, where "tick" is defined as follows:
    ///   - inputTokens: Number of input tokens used.
    ///   - inputTokensDetails: Breakdown of the input tokens.
    ///   - numServerSideToolsUsed: Number of server side tools used.
    ///   - numSourcesUsed: Number of sources used (for live search).
    ///   - outputTokens: Number of output tokens used.
    ///   - outputTokensDetails: Breakdown of the output tokens.
    ///   - serverSideToolUsageDetails: Details about the server side tool usage.
    ///   - totalTokens: Total tokens used.
    ///   - contextDetails: Tokens of the latest context (after server-side tool turns).
    public init(
        costInNanoUsd: Swift.Int64? = nil,
        costInUsdTicks: Swift.Int64? = nil,
        inputTokens: Swift.Int32,
        inputTokensDetails: InputTokensDetails,
        numServerSideToolsUsed: Swift.Int32,
        numSourcesUsed: Swift.Int32,
        outputTokens: Swift.Int32,
        outputTokensDetails: OutputTokensDetails,
        serverSideToolUsageDetails: ServerSideToolUsageDetails? = nil,
        totalTokens: Swift.Int32,
        contextDetails: ModelUsage.ContextDetails? = nil,
    ) {
        self.costInNanoUsd = costInNanoUsd
        self.costInUsdTicks = costInUsdTicks
        self.inputTokens = inputTokens
        self.inputTokensDetails = inputTokensDetails
        self.numServerSideToolsUsed = numServerSideToolsUsed
        self.numSourcesUsed = numSourcesUsed
        self.outputTokens = outputTokens
        self.outputTokensDetails = outputTokensDetails
        self.serverSideToolUsageDetails = serverSideToolUsageDetails
        self.totalTokens = totalTokens
        self.contextDetails = contextDetails
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.costInNanoUsd = try container.decodeIfPresent(Swift.Int64.self, forKey: "cost_in_nano_usd")
        self.costInUsdTicks = try container.decodeIfPresent(Swift.Int64.self, forKey: "cost_in_usd_ticks")
        self.inputTokens = try container.decodeRequired(Swift.Int32.self, forKey: "input_tokens")
        self.inputTokensDetails = try container.decodeRequired(InputTokensDetails.self, forKey: "input_tokens_details")
        self.numServerSideToolsUsed = try container.decodeRequired(Swift.Int32.self, forKey: "num_server_side_tools_used")
        self.numSourcesUsed = try container.decodeRequired(Swift.Int32.self, forKey: "num_sources_used")
        self.outputTokens = try container.decodeRequired(Swift.Int32.self, forKey: "output_tokens")
        self.outputTokensDetails = try container.decodeRequired(OutputTokensDetails.self, forKey: "output_tokens_details")
        self.serverSideToolUsageDetails = try container.decodeIfPresent(ServerSideToolUsageDetails.self, forKey: "server_side_tool_usage_details")
        self.totalTokens = try container.decodeRequired(Swift.Int32.self, forKey: "total_tokens")
        self.contextDetails = try container.decodeIfPresent(ModelUsage.ContextDetails.self, forKey: "context_details")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.costInNanoUsd, forKey: "cost_in_nano_usd")
        try container.encodeIfPresent(self.costInUsdTicks, forKey: "cost_in_usd_ticks")
        try container.encode(self.inputTokens, forKey: "input_tokens")
        try container.encode(self.inputTokensDetails, forKey: "input_tokens_details")
        try container.encode(self.numServerSideToolsUsed, forKey: "num_server_side_tools_used")
        try container.encode(self.numSourcesUsed, forKey: "num_sources_used")
        try container.encode(self.outputTokens, forKey: "output_tokens")
        try container.encode(self.outputTokensDetails, forKey: "output_tokens_details")
        try container.encodeIfPresent(self.serverSideToolUsageDetails, forKey: "server_side_tool_usage_details")
        try container.encode(self.totalTokens, forKey: "total_tokens")
        try container.encodeIfPresent(self.contextDetails, forKey: "context_details")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

extension ModelUsage {
    /// Tokens of the latest context (after server-side tool turns).
    ///
    /// - Remark: Generated from `#/components/schemas/ModelUsage/properties/context_details`.
    public struct ContextDetails: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Prompt tokens in the latest context.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelUsage/properties/context_details/properties/input_tokens`.
        public var inputTokens: Swift.Int32?
        /// Completion and reasoning tokens in the latest context.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelUsage/properties/context_details/properties/output_tokens`.
        public var outputTokens: Swift.Int32?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["input_tokens", "output_tokens"])

        /// Creates a `ContextDetails`.
        ///
        /// - Parameters:
        ///   - inputTokens: Prompt tokens in the latest context.
        ///   - outputTokens: Completion and reasoning tokens in the latest context.
        public init(
            inputTokens: Swift.Int32? = nil,
            outputTokens: Swift.Int32? = nil,
        ) {
            self.inputTokens = inputTokens
            self.outputTokens = outputTokens
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.inputTokens = try container.decodeIfPresent(Swift.Int32.self, forKey: "input_tokens")
            self.outputTokens = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_tokens")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.inputTokens, forKey: "input_tokens")
            try container.encodeIfPresent(self.outputTokens, forKey: "output_tokens")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
