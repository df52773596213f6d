// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// List all models available to the authenticating API key with minimalized information, including model names (ID), creation times, etc.
    ///
    /// - `GET /v1/models`
    /// - Generated from `#/paths/~1v1~1models/get`.
    public func listModels() async throws -> ListModelsResponse {
        try await raw.listModels().value
    }

    /// The HTTP request for `listModels`, before the client's middlewares and authentication.
    public func listModelsRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/models", operationID: "listModels")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `listModels`, with the answer's status, headers, request id and rate limits.
    public func listModels() async throws -> GeneratedClientRuntime.APIResponse<ListModelsResponse> {
        let request = try base.listModelsRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(ListModelsResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
