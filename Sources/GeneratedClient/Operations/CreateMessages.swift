// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Create a messages response. This endpoint is compatible with the Anthropic API.
    ///
    /// - `POST /v1/messages`
    /// - Generated from `#/paths/~1v1~1messages/post`.
    @available(*, deprecated, message: "xAI's Anthropic-compatible API is deprecated: use createResponse (POST /v1/responses).")
    public func createMessages(_ body: MessageRequest) async throws -> MessageResponse {
        try await raw.createMessages(body).value
    }

    /// Create a messages response. This endpoint is compatible with the Anthropic API.
    ///
    /// - Streams the response as server-sent events.
    /// - Generated from `#/paths/~1v1~1messages/post`.
    @available(*, deprecated, message: "xAI's Anthropic-compatible API is deprecated: use createResponse (POST /v1/responses).")
    public func createMessagesStream(_ body: MessageRequest) -> GeneratedClientRuntime.EventStream<MessageStreamEvent> {
        client.stream(of: MessageStreamEvent.self, endingAt: ["message_stop"]) { try createMessagesRequest(body, streaming: true) }
    }

    /// The HTTP request for `createMessages`, before the client's middlewares and authentication.
    @available(*, deprecated, message: "xAI's Anthropic-compatible API is deprecated: use createResponse (POST /v1/responses).")
    public func createMessagesRequest(_ body: MessageRequest, streaming: Swift.Bool = false) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/messages", operationID: "createMessages")
        request.setHeader("Accept", streaming ? "text/event-stream" : "application/json")
        var body = body
        if streaming { body.stream = true }
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `createMessages`, with the answer's status, headers, request id and rate limits.
    @available(*, deprecated, message: "xAI's Anthropic-compatible API is deprecated: use createResponse (POST /v1/responses).")
    public func createMessages(_ body: MessageRequest) async throws -> GeneratedClientRuntime.APIResponse<MessageResponse> {
        let request = try base.createMessagesRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(MessageResponse.self))
        default: throw response.unexpectedStatus()
        }
    }

    /// Like `createMessagesStream`, but sends the request at once and returns
    /// when the answer's head arrives: status, headers and request id before the first event.
    @available(*, deprecated, message: "xAI's Anthropic-compatible API is deprecated: use createResponse (POST /v1/responses).")
    public func createMessagesStream(_ body: MessageRequest) async throws -> GeneratedClientRuntime.APIResponse<GeneratedClientRuntime.EventStream<MessageStreamEvent>> {
        let base = self.base
        return try await base.client.streamResponse(of: MessageStreamEvent.self, endingAt: ["message_stop"]) { try base.createMessagesRequest(body, streaming: true) }
    }
}
