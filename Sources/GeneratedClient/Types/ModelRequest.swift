// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The request body for `/v1/responses` endpoint.
///
/// - Remark: Generated from `#/components/schemas/ModelRequest`.
public struct ModelRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// (Unsupported) Whether to process the response asynchronously in the background.
    ///
    /// - Default: `false`.
    /// - Generated from `#/components/schemas/ModelRequest/properties/background`.
    public var background: Swift.Bool?
    /// Optional context-management directives (e.g. compaction). Parsed but not yet executed.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/context_management`.
    public var contextManagement: [GeneratedClientRuntime.JSONValue]?
    /// What additional output data to include in the response. Currently the only supported value is `reasoning.encrypted_content` which returns an encrypted version of the reasoning tokens.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/include`.
    public var include: [Swift.String]?
    /// The input passed to the model. Can be text, image or file.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/input`.
    public var input: ModelInput
    /// An alternate way to specify the system prompt. Note that this cannot be used alongside `previous_response_id`, where the system prompt of the previous message will be used.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/instructions`.
    public var instructions: Swift.String?
    /// Whether to return log probabilities of the output tokens or not. If true, returns the log probabilities of each output token returned in the content of message.
    ///
    /// - Default: `false`.
    /// - Generated from `#/components/schemas/ModelRequest/properties/logprobs`.
    public var logprobs: Swift.Bool?
    /// Max number of tokens that can be generated in a response. This includes both output and reasoning tokens.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/max_output_tokens`.
    public var maxOutputTokens: Swift.Int32?
    /// Maximum number of agentic tool calling turns allowed for this request.
    /// If not set, defaults to the server's global cap.
    /// This parameter will be ignored for any non-agentic requests.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/max_turns`.
    public var maxTurns: Swift.Int32?
    /// Not supported. Only maintained for compatibility reasons.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/metadata`.
    public var metadata: GeneratedClientRuntime.JSONValue?
    /// Model name for the model to use. Obtainable from or .
    ///
    /// - Example: `"latest"`.
    /// - Generated from `#/components/schemas/ModelRequest/properties/model`.
    public var model: Swift.String?
    /// Whether to allow the model to run parallel tool calls.
    ///
    /// - Default: `true`.
    /// - Generated from `#/components/schemas/ModelRequest/properties/parallel_tool_calls`.
    public var parallelToolCalls: Swift.Bool?
    /// The ID of the previous response from the model.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/previous_response_id`.
    public var previousResponseID: Swift.String?
    /// Plumbed to x-grok-conv-id for Open Responses compatibility, used for routing.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/prompt_cache_key`.
    public var promptCacheKey: Swift.String?
    /// Reasoning configuration. Only for reasoning models.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/reasoning`.
    public var reasoning: ReasoningConfiguration?
    /// Set the parameters to be used for searched data. Takes precedence over `web_search_preview` tool if specified in the tools.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/search_parameters`.
    @available(*, deprecated, message: "Live Search is retired: xAI answers 410 Gone or ignores it. Use the web_search or x_search tools instead.") public var searchParameters: SearchParameters?
    /// Not supported. Only maintained for compatibility reasons.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/service_tier`.
    public var serviceTier: Swift.String?
    /// Whether to store the input message(s) and model response for later retrieval.
    ///
    /// - Default: `true`.
    /// - Generated from `#/components/schemas/ModelRequest/properties/store`.
    public var store: Swift.Bool?
    /// If set, partial message deltas will be sent. Tokens will be sent as data-only server-sent events as they become available, with the stream terminated by a `data: [DONE]` message.
    ///
    /// - Default: `false`.
    /// - Example: `true`.
    /// - Generated from `#/components/schemas/ModelRequest/properties/stream`.
    public var stream: Swift.Bool?
    /// What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    ///
    /// - Default: `1`.
    /// - Example: `0.2`.
    /// - Generated from `#/components/schemas/ModelRequest/properties/temperature`.
    public var temperature: Swift.Double?
    /// Settings for customizing a text response from the model.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/text`.
    public var text: ModelResponseConfiguration?
    /// Controls which (if any) tool is called by the model. `none` means the model will not call any tool and instead generates a message. auto means the model can pick between generating a message or calling one or more tools. required means the model must call one or more tools. Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool. `none` is the default when no tools are present. `auto` is the default if tools are present.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/tool_choice`.
    public var toolChoice: ModelToolChoice?
    /// A list of tools the model may call in JSON-schema. Currently, only functions and web search are supported as tools. A max of 128 tools are supported.`web_search_preview` tool, if specified, will be overridden by `search_parameters`.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/tools`.
    public var tools: [ModelTool]?
    /// An integer between 0 and 8 specifying the number of most likely tokens to return at each token position, each with an associated log probability. logprobs must be set to true if this parameter is used.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/top_logprobs`.
    public var topLogprobs: Swift.Int32?
    /// An alternative to sampling with `temperature`, called nucleus sampling, where the model considers the results of the tokens with `top_p` probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. It is generally recommended to alter this or `temperature` but not both.
    ///
    /// - Default: `1`.
    /// - Generated from `#/components/schemas/ModelRequest/properties/top_p`.
    public var topP: Swift.Double?
    /// Not supported. Only maintained for compatibility reasons.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/truncation`.
    public var truncation: Swift.String?
    /// A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelRequest/properties/user`.
    public var user: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["background", "context_management", "include", "input", "instructions", "logprobs", "max_output_tokens", "max_turns", "metadata", "model", "parallel_tool_calls", "previous_response_id", "prompt_cache_key", "reasoning", "search_parameters", "service_tier", "store", "stream", "temperature", "text", "tool_choice", "tools", "top_logprobs", "top_p", "truncation", "user"])

    /// Creates a `ModelRequest`.
    ///
    /// - Parameters:
    ///   - background: (Unsupported) Whether to process the response asynchronously in the background.
    ///   - contextManagement: Optional context-management directives (e.g. compaction). Parsed but not yet executed.
    ///   - include: What additional output data to include in the response. Currently the only supported value is `reasoning.encrypted_content` which returns an encrypted version of the reasoning tokens.
    ///   - input: The input passed to the model. Can be text, image or file.
    ///   - instructions: An alternate way to specify the system prompt. Note that this cannot be used alongside `previous_response_id`, where the system prompt of the previous message will be used.
    ///   - logprobs: Whether to return log probabilities of the output tokens or not. If true, returns the log probabilities of each output token returned in the content of message.
    ///   - maxOutputTokens: Max number of tokens that can be generated in a response. This includes both output and reasoning tokens.
    ///   - maxTurns: Maximum number of agentic tool calling turns allowed for this request.
    ///   - metadata: Not supported. Only maintained for compatibility reasons.
    ///   - model: Model name for the model to use. Obtainable from or .
    ///   - parallelToolCalls: Whether to allow the model to run parallel tool calls.
    ///   - previousResponseID: The ID of the previous response from the model.
    ///   - promptCacheKey: Plumbed to x-grok-conv-id for Open Responses compatibility, used for routing.
    ///   - reasoning: Reasoning configuration. Only for reasoning models.
    ///   - searchParameters: Set the parameters to be used for searched data. Takes precedence over `web_search_preview` tool if specified in the tools.
    ///   - serviceTier: Not supported. Only maintained for compatibility reasons.
    ///   - store: Whether to store the input message(s) and model response for later retrieval.
    ///   - stream: If set, partial message deltas will be sent. Tokens will be sent as data-only server-sent events as they become available, with the stream terminated by a `data: [DONE]` message.
    ///   - temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    ///   - text: Settings for customizing a text response from the model.
    ///   - toolChoice: Controls which (if any) tool is called by the model. `none` means the model will not call any tool and instead generates a message. auto means the model can pick between generating a message or calling one or more tools. required means the model must call one or more tools. Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool. `none` is the default when no tools are present. `auto` is the default if tools are present.
    ///   - tools: A list of tools the model may call in JSON-schema. Currently, only functions and web search are supported as tools. A max of 128 tools are supported.`web_search_preview` tool, if specified, will be overridden by `search_parameters`.
    ///   - topLogprobs: An integer between 0 and 8 specifying the number of most likely tokens to return at each token position, each with an associated log probability. logprobs must be set to true if this parameter is used.
    ///   - topP: An alternative to sampling with `temperature`, called nucleus sampling, where the model considers the results of the tokens with `top_p` probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. It is generally recommended to alter this or `temperature` but not both.
    ///   - truncation: Not supported. Only maintained for compatibility reasons.
    ///   - user: A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
    public init(
        background: Swift.Bool? = nil,
        contextManagement: [GeneratedClientRuntime.JSONValue]? = nil,
        include: [Swift.String]? = nil,
        input: ModelInput,
        instructions: Swift.String? = nil,
        logprobs: Swift.Bool? = nil,
        maxOutputTokens: Swift.Int32? = nil,
        maxTurns: Swift.Int32? = nil,
        metadata: GeneratedClientRuntime.JSONValue? = nil,
        model: Swift.String? = nil,
        parallelToolCalls: Swift.Bool? = nil,
        previousResponseID: Swift.String? = nil,
        promptCacheKey: Swift.String? = nil,
        reasoning: ReasoningConfiguration? = nil,
        searchParameters: SearchParameters? = nil,
        serviceTier: Swift.String? = nil,
        store: Swift.Bool? = nil,
        stream: Swift.Bool? = nil,
        temperature: Swift.Double? = nil,
        text: ModelResponseConfiguration? = nil,
        toolChoice: ModelToolChoice? = nil,
        tools: [ModelTool]? = nil,
        topLogprobs: Swift.Int32? = nil,
        topP: Swift.Double? = nil,
        truncation: Swift.String? = nil,
        user: Swift.String? = nil,
    ) {
        self.background = background
        self.contextManagement = contextManagement
        self.include = include
        self.input = input
        self.instructions = instructions
        self.logprobs = logprobs
        self.maxOutputTokens = maxOutputTokens
        self.maxTurns = maxTurns
        self.metadata = metadata
        self.model = model
        self.parallelToolCalls = parallelToolCalls
        self.previousResponseID = previousResponseID
        self.promptCacheKey = promptCacheKey
        self.reasoning = reasoning
        self.searchParameters = searchParameters
        self.serviceTier = serviceTier
        self.store = store
        self.stream = stream
        self.temperature = temperature
        self.text = text
        self.toolChoice = toolChoice
        self.tools = tools
        self.topLogprobs = topLogprobs
        self.topP = topP
        self.truncation = truncation
        self.user = user
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.background = try container.decodeIfPresent(Swift.Bool.self, forKey: "background")
        self.contextManagement = try container.decodeIfPresent([GeneratedClientRuntime.JSONValue].self, forKey: "context_management")
        self.include = try container.decodeIfPresent([Swift.String].self, forKey: "include")
        self.input = try container.decode(ModelInput.self, forKey: "input")
        self.instructions = try container.decodeIfPresent(Swift.String.self, forKey: "instructions")
        self.logprobs = try container.decodeIfPresent(Swift.Bool.self, forKey: "logprobs")
        self.maxOutputTokens = try container.decodeIfPresent(Swift.Int32.self, forKey: "max_output_tokens")
        self.maxTurns = try container.decodeIfPresent(Swift.Int32.self, forKey: "max_turns")
        self.metadata = try container.decodeIfPresent(GeneratedClientRuntime.JSONValue.self, forKey: "metadata")
        self.model = try container.decodeIfPresent(Swift.String.self, forKey: "model")
        self.parallelToolCalls = try container.decodeIfPresent(Swift.Bool.self, forKey: "parallel_tool_calls")
        self.previousResponseID = try container.decodeIfPresent(Swift.String.self, forKey: "previous_response_id")
        self.promptCacheKey = try container.decodeIfPresent(Swift.String.self, forKey: "prompt_cache_key")
        self.reasoning = try container.decodeIfPresent(ReasoningConfiguration.self, forKey: "reasoning")
        self.searchParameters = try container.decodeIfPresent(SearchParameters.self, forKey: "search_parameters")
        self.serviceTier = try container.decodeIfPresent(Swift.String.self, forKey: "service_tier")
        self.store = try container.decodeIfPresent(Swift.Bool.self, forKey: "store")
        self.stream = try container.decodeIfPresent(Swift.Bool.self, forKey: "stream")
        self.temperature = try container.decodeIfPresent(Swift.Double.self, forKey: "temperature")
        self.text = try container.decodeIfPresent(ModelResponseConfiguration.self, forKey: "text")
        self.toolChoice = try container.decodeIfPresent(ModelToolChoice.self, forKey: "tool_choice")
        self.tools = try container.decodeIfPresent([ModelTool].self, forKey: "tools")
        self.topLogprobs = try container.decodeIfPresent(Swift.Int32.self, forKey: "top_logprobs")
        self.topP = try container.decodeIfPresent(Swift.Double.self, forKey: "top_p")
        self.truncation = try container.decodeIfPresent(Swift.String.self, forKey: "truncation")
        self.user = try container.decodeIfPresent(Swift.String.self, forKey: "user")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.background, forKey: "background")
        try container.encodeIfPresent(self.contextManagement, forKey: "context_management")
        try container.encodeIfPresent(self.include, forKey: "include")
        try container.encode(self.input, forKey: "input")
        try container.encodeIfPresent(self.instructions, forKey: "instructions")
        try container.encodeIfPresent(self.logprobs, forKey: "logprobs")
        try container.encodeIfPresent(self.maxOutputTokens, forKey: "max_output_tokens")
        try container.encodeIfPresent(self.maxTurns, forKey: "max_turns")
        try container.encodeIfPresent(self.metadata, forKey: "metadata")
        try container.encodeIfPresent(self.model, forKey: "model")
        try container.encodeIfPresent(self.parallelToolCalls, forKey: "parallel_tool_calls")
        try container.encodeIfPresent(self.previousResponseID, forKey: "previous_response_id")
        try container.encodeIfPresent(self.promptCacheKey, forKey: "prompt_cache_key")
        try container.encodeIfPresent(self.reasoning, forKey: "reasoning")
        try container.encodeIfPresent(self.searchParameters, forKey: "search_parameters")
        try container.encodeIfPresent(self.serviceTier, forKey: "service_tier")
        try container.encodeIfPresent(self.store, forKey: "store")
        try container.encodeIfPresent(self.stream, forKey: "stream")
        try container.encodeIfPresent(self.temperature, forKey: "temperature")
        try container.encodeIfPresent(self.text, forKey: "text")
        try container.encodeIfPresent(self.toolChoice, forKey: "tool_choice")
        try container.encodeIfPresent(self.tools, forKey: "tools")
        try container.encodeIfPresent(self.topLogprobs, forKey: "top_logprobs")
        try container.encodeIfPresent(self.topP, forKey: "top_p")
        try container.encodeIfPresent(self.truncation, forKey: "truncation")
        try container.encodeIfPresent(self.user, forKey: "user")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
