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
        let request = try createMessagesRequest(body)
        let response = try await client.send(request)
        switch response.status {
        case 200: return try response.decode(MessageResponse.self)
        default: throw response.unexpectedStatus()
        }
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
