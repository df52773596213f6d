// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// List all video generation models available to the authenticating API key with full information.
    ///
    /// - `GET /v1/video-generation-models`
    /// - Generated from `#/paths/~1v1~1video-generation-models/get`.
    public func listVideoGenerationModels() async throws -> ListVideoGenerationModelsResponse {
        try await raw.listVideoGenerationModels().value
    }

    /// The HTTP request for `listVideoGenerationModels`, before the client's middlewares and authentication.
    public func listVideoGenerationModelsRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/video-generation-models", operationID: "listVideoGenerationModels")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `listVideoGenerationModels`, with the answer's status, headers, request id and rate limits.
    public func listVideoGenerationModels() async throws -> GeneratedClientRuntime.APIResponse<ListVideoGenerationModelsResponse> {
        let request = try base.listVideoGenerationModelsRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(ListVideoGenerationModelsResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
