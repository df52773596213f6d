// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// (Legacy - Not supported by reasoning models) Create a text completion response for a given prompt. Replaced by /v1/chat/completions.
    ///
    /// - `POST /v1/completions`
    /// - Generated from `#/paths/~1v1~1completions/post`.
    public func createCompletion(_ body: SampleRequest) async throws -> SampleResponse {
        try await raw.createCompletion(body).value
    }

    /// The HTTP request for `createCompletion`, before the client's middlewares and authentication.
    public func createCompletionRequest(_ body: SampleRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/completions", operationID: "createCompletion")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `createCompletion`, with the answer's status, headers, request id and rate limits.
    public func createCompletion(_ body: SampleRequest) async throws -> GeneratedClientRuntime.APIResponse<SampleResponse> {
        let request = try base.createCompletionRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(SampleResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
