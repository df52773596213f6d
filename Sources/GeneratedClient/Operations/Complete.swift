// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// (Legacy - Not supported by reasoning models) Create a text completion response. This endpoint is compatible with the Anthropic API.
    ///
    /// - `POST /v1/complete`
    /// - Generated from `#/paths/~1v1~1complete/post`.
    @available(*, deprecated, message: "xAI's Anthropic-compatible API is deprecated: use createResponse (POST /v1/responses).")
    public func complete(_ body: CompleteRequest) async throws -> CompleteResponse {
        try await raw.complete(body).value
    }

    /// The HTTP request for `complete`, before the client's middlewares and authentication.
    @available(*, deprecated, message: "xAI's Anthropic-compatible API is deprecated: use createResponse (POST /v1/responses).")
    public func completeRequest(_ body: CompleteRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/complete", operationID: "complete")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `complete`, with the answer's status, headers, request id and rate limits.
    @available(*, deprecated, message: "xAI's Anthropic-compatible API is deprecated: use createResponse (POST /v1/responses).")
    public func complete(_ body: CompleteRequest) async throws -> GeneratedClientRuntime.APIResponse<CompleteResponse> {
        let request = try base.completeRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(CompleteResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
