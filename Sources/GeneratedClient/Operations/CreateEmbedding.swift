// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Create an embedding vector representation corresponding to the input text. This is the endpoint for making requests to embedding models.
    ///
    /// - `POST /v1/embeddings`
    /// - Generated from `#/paths/~1v1~1embeddings/post`.
    public func createEmbedding(_ body: EmbeddingRequest) async throws -> EmbeddingResponse {
        try await raw.createEmbedding(body).value
    }

    /// The HTTP request for `createEmbedding`, before the client's middlewares and authentication.
    public func createEmbeddingRequest(_ body: EmbeddingRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/embeddings", operationID: "createEmbedding")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `createEmbedding`, with the answer's status, headers, request id and rate limits.
    public func createEmbedding(_ body: EmbeddingRequest) async throws -> GeneratedClientRuntime.APIResponse<EmbeddingResponse> {
        let request = try base.createEmbeddingRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(EmbeddingResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
