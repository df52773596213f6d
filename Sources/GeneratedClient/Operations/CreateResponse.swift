// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Generates a response based on text or image prompts. The response ID can be used to retrieve the response later or to continue the conversation without repeating prior context. New responses will be stored for 30 days and then permanently deleted.
    ///
    /// - `POST /v1/responses`
    /// - Generated from `#/paths/~1v1~1responses/post`.
    public func createResponse(_ body: ModelRequest) async throws -> ModelResponse {
        let request = try createResponseRequest(body)
        let response = try await client.send(request)
        switch response.status {
        case 200: return try response.decode(ModelResponse.self)
        default: throw response.unexpectedStatus()
        }
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
