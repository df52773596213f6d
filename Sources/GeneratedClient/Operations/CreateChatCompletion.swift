// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Create a chat response from text/image chat prompts. This is the endpoint for making requests to chat and image understanding models.
    ///
    /// - `POST /v1/chat/completions`
    /// - Generated from `#/paths/~1v1~1chat~1completions/post`.
    public func createChatCompletion(_ body: ChatRequest) async throws -> ChatResponse {
        try await raw.createChatCompletion(body).value
    }

    /// Create a chat response from text/image chat prompts. This is the endpoint for making requests to chat and image understanding models.
    ///
    /// - Streams the response as server-sent events.
    /// - Generated from `#/paths/~1v1~1chat~1completions/post`.
    public func createChatCompletionStream(_ body: ChatRequest) -> GeneratedClientRuntime.EventStream<ChatResponseChunk> {
        client.stream(of: ChatResponseChunk.self, endingAt: []) { try createChatCompletionRequest(body, streaming: true) }
    }

    /// The HTTP request for `createChatCompletion`, before the client's middlewares and authentication.
    public func createChatCompletionRequest(_ body: ChatRequest, streaming: Swift.Bool = false) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/chat/completions", operationID: "createChatCompletion")
        request.setHeader("Accept", streaming ? "text/event-stream" : "application/json")
        var body = body
        if streaming { body.stream = true }
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `createChatCompletion`, with the answer's status, headers, request id and rate limits.
    public func createChatCompletion(_ body: ChatRequest) async throws -> GeneratedClientRuntime.APIResponse<ChatResponse> {
        let request = try base.createChatCompletionRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(ChatResponse.self))
        default: throw response.unexpectedStatus()
        }
    }

    /// Like `createChatCompletionStream`, but sends the request at once and returns
    /// when the answer's head arrives: status, headers and request id before the first event.
    public func createChatCompletionStream(_ body: ChatRequest) async throws -> GeneratedClientRuntime.APIResponse<GeneratedClientRuntime.EventStream<ChatResponseChunk>> {
        let base = self.base
        return try await base.client.streamResponse(of: ChatResponseChunk.self, endingAt: []) { try base.createChatCompletionRequest(body, streaming: true) }
    }
}
