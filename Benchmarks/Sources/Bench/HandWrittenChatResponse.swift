import Foundation

/// `ChatResponse` as a careful developer writes it by hand: plain structs, explicit coding keys (no
/// key strategy, which costs a string conversion per key), optionals where the API may omit a field,
/// and synthesised `Codable`. The second reference for decoding, beside the peer.
struct HandWrittenChatResponse: Codable {
    var id: String
    var object: String
    var created: Int64
    var model: String
    var choices: [Choice]
    var usage: Usage?
    var systemFingerprint: String?
    var citations: [String]?

    enum CodingKeys: String, CodingKey {
        case id, object, created, model, choices, usage, citations
        case systemFingerprint = "system_fingerprint"
    }

    struct Choice: Codable {
        var index: Int32
        var message: Message
        var finishReason: String?

        enum CodingKeys: String, CodingKey {
            case index, message
            case finishReason = "finish_reason"
        }
    }

    struct Message: Codable {
        var role: String
        var content: String?
        var reasoningContent: String?
        var refusal: String?
        var toolCalls: [ToolCall]?

        enum CodingKeys: String, CodingKey {
            case role, content, refusal
            case reasoningContent = "reasoning_content"
            case toolCalls = "tool_calls"
        }
    }

    struct ToolCall: Codable {
        var id: String
        var type: String?
        var function: Function

        struct Function: Codable {
            var name: String
            var arguments: String
        }
    }

    struct Usage: Codable {
        var promptTokens: Int32
        var completionTokens: Int32
        var totalTokens: Int32
        var promptTokensDetails: PromptDetails?
        var completionTokensDetails: CompletionDetails?
        var numSourcesUsed: Int32?

        enum CodingKeys: String, CodingKey {
            case promptTokens = "prompt_tokens"
            case completionTokens = "completion_tokens"
            case totalTokens = "total_tokens"
            case promptTokensDetails = "prompt_tokens_details"
            case completionTokensDetails = "completion_tokens_details"
            case numSourcesUsed = "num_sources_used"
        }
    }

    struct PromptDetails: Codable {
        var textTokens: Int32
        var audioTokens: Int32
        var imageTokens: Int32
        var cachedTokens: Int32

        enum CodingKeys: String, CodingKey {
            case textTokens = "text_tokens"
            case audioTokens = "audio_tokens"
            case imageTokens = "image_tokens"
            case cachedTokens = "cached_tokens"
        }
    }

    struct CompletionDetails: Codable {
        var reasoningTokens: Int32
        var audioTokens: Int32
        var acceptedPredictionTokens: Int32
        var rejectedPredictionTokens: Int32

        enum CodingKeys: String, CodingKey {
            case reasoningTokens = "reasoning_tokens"
            case audioTokens = "audio_tokens"
            case acceptedPredictionTokens = "accepted_prediction_tokens"
            case rejectedPredictionTokens = "rejected_prediction_tokens"
        }
    }
}
