// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Usage`.
public struct Usage: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Total completion token used.
    ///
    /// - Remark: Generated from `#/components/schemas/Usage/properties/completion_tokens`.
    public var completionTokens: Swift.Int32
    /// Breakdown of completion token usage of different types.
    ///
    /// - Remark: Generated from `#/components/schemas/Usage/properties/completion_tokens_details`.
    public var completionTokensDetails: CompletionUsageDetail
    /// Accurate cost of this request in USD ticks, where "tick" is defined as follows:
    /// TICKS_IN_USD_CENT: i64 = 100_000_000
    /// which means there is 10'000'000'000 ticks in one *dollar*.
    ///
    /// - Remark: Generated from `#/components/schemas/Usage/properties/cost_in_usd_ticks`.
    public var costInUsdTicks: Swift.Int64?
    /// Number of individual live search source used.
    ///
    /// - Remark: Generated from `#/components/schemas/Usage/properties/num_sources_used`.
    public var numSourcesUsed: Swift.Int32?
    /// Total prompt token used.
    ///
    /// - Remark: Generated from `#/components/schemas/Usage/properties/prompt_tokens`.
    public var promptTokens: Swift.Int32
    /// Breakdown of prompt token usage of different types.
    ///
    /// - Remark: Generated from `#/components/schemas/Usage/properties/prompt_tokens_details`.
    public var promptTokensDetails: PromptUsageDetail
    /// Total token used, the sum of prompt token and completion token amount.
    ///
    /// - Remark: Generated from `#/components/schemas/Usage/properties/total_tokens`.
    public var totalTokens: Swift.Int32
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["completion_tokens", "completion_tokens_details", "cost_in_usd_ticks", "num_sources_used", "prompt_tokens", "prompt_tokens_details", "total_tokens"])

    /// Creates an `Usage`.
    ///
    /// - Parameters:
    ///   - completionTokens: Total completion token used.
    ///   - completionTokensDetails: Breakdown of completion token usage of different types.
    ///   - costInUsdTicks: Accurate cost of this request in USD ticks, where "tick" is defined as follows:
    ///   - numSourcesUsed: Number of individual live search source used.
    ///   - promptTokens: Total prompt token used.
    ///   - promptTokensDetails: Breakdown of prompt token usage of different types.
    ///   - totalTokens: Total token used, the sum of prompt token and completion token amount.
    public init(
        completionTokens: Swift.Int32,
        completionTokensDetails: CompletionUsageDetail,
        costInUsdTicks: Swift.Int64? = nil,
        numSourcesUsed: Swift.Int32? = nil,
        promptTokens: Swift.Int32,
        promptTokensDetails: PromptUsageDetail,
        totalTokens: Swift.Int32,
    ) {
        self.completionTokens = completionTokens
        self.completionTokensDetails = completionTokensDetails
        self.costInUsdTicks = costInUsdTicks
        self.numSourcesUsed = numSourcesUsed
        self.promptTokens = promptTokens
        self.promptTokensDetails = promptTokensDetails
        self.totalTokens = totalTokens
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.completionTokens = try container.decodeRequired(Swift.Int32.self, forKey: "completion_tokens")
        self.completionTokensDetails = try container.decodeRequired(CompletionUsageDetail.self, forKey: "completion_tokens_details")
        self.costInUsdTicks = try container.decodeIfPresent(Swift.Int64.self, forKey: "cost_in_usd_ticks")
        self.numSourcesUsed = try container.decodeIfPresent(Swift.Int32.self, forKey: "num_sources_used")
        self.promptTokens = try container.decodeRequired(Swift.Int32.self, forKey: "prompt_tokens")
        self.promptTokensDetails = try container.decodeRequired(PromptUsageDetail.self, forKey: "prompt_tokens_details")
        self.totalTokens = try container.decodeRequired(Swift.Int32.self, forKey: "total_tokens")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.completionTokens, forKey: "completion_tokens")
        try container.encode(self.completionTokensDetails, forKey: "completion_tokens_details")
        try container.encodeIfPresent(self.costInUsdTicks, forKey: "cost_in_usd_ticks")
        try container.encodeIfPresent(self.numSourcesUsed, forKey: "num_sources_used")
        try container.encode(self.promptTokens, forKey: "prompt_tokens")
        try container.encode(self.promptTokensDetails, forKey: "prompt_tokens_details")
        try container.encode(self.totalTokens, forKey: "total_tokens")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
