// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Generates a response based on text or image prompts. The response ID can be used to retrieve the response later or to continue the conversation without repeating prior context. New responses will be stored for 30 days and then permanently deleted.
    ///
    /// - `POST /v1/responses`
    /// - Generated from `#/paths/~1v1~1responses/post`.
    public func createResponse(_ body: ModelRequest) async throws -> ModelResponse {
        try await raw.createResponse(body).value
    }

    /// Generates a response based on text or image prompts. The response ID can be used to retrieve the response later or to continue the conversation without repeating prior context. New responses will be stored for 30 days and then permanently deleted.
    ///
    /// - Streams the response as server-sent events.
    /// - Generated from `#/paths/~1v1~1responses/post`.
    public func createResponseStream(_ body: ModelRequest) -> GeneratedClientRuntime.EventStream<ResponseStreamEvent> {
        client.stream(of: ResponseStreamEvent.self, endingAt: ["response.completed", "response.failed", "response.incomplete"]) { try createResponseRequest(body, streaming: true) }
    }

    /// The HTTP request for `createResponse`, before the client's middlewares and authentication.
    public func createResponseRequest(_ body: ModelRequest, streaming: Swift.Bool = false) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/responses", operationID: "createResponse")
        request.setHeader("Accept", streaming ? "text/event-stream" : "application/json")
        var body = body
        if streaming { body.stream = true }
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `createResponse`, with the answer's status, headers, request id and rate limits.
    public func createResponse(_ body: ModelRequest) async throws -> GeneratedClientRuntime.APIResponse<ModelResponse> {
        let request = try base.createResponseRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(ModelResponse.self))
        default: throw response.unexpectedStatus()
        }
    }

    /// Like `createResponseStream`, but sends the request at once and returns
    /// when the answer's head arrives: status, headers and request id before the first event.
    public func createResponseStream(_ body: ModelRequest) async throws -> GeneratedClientRuntime.APIResponse<GeneratedClientRuntime.EventStream<ResponseStreamEvent>> {
        let base = self.base
        return try await base.client.streamResponse(of: ResponseStreamEvent.self, endingAt: ["response.completed", "response.failed", "response.incomplete"]) { try base.createResponseRequest(body, streaming: true) }
    }
}
