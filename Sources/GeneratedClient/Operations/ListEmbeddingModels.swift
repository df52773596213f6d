// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// List all embedding models available to the authenticating API key with full information. Additional information compared to /v1/models includes modalities, pricing, fingerprint and alias(es).
    ///
    /// - `GET /v1/embedding-models`
    /// - Generated from `#/paths/~1v1~1embedding-models/get`.
    public func listEmbeddingModels() async throws -> ListEmbeddingModelsResponse {
        try await raw.listEmbeddingModels().value
    }

    /// The HTTP request for `listEmbeddingModels`, before the client's middlewares and authentication.
    public func listEmbeddingModelsRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/embedding-models", operationID: "listEmbeddingModels")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `listEmbeddingModels`, with the answer's status, headers, request id and rate limits.
    public func listEmbeddingModels() async throws -> GeneratedClientRuntime.APIResponse<ListEmbeddingModelsResponse> {
        let request = try base.listEmbeddingModelsRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(ListEmbeddingModelsResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
