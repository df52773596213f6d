// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Get full information about an embedding model with its model_id.
    ///
    /// - `GET /v1/embedding-models/{model_id}`
    /// - Generated from `#/paths/~1v1~1embedding-models~1{model_id}/get`.
    public func getEmbeddingModel(modelID: Swift.String) async throws -> EmbeddingModel {
        try await raw.getEmbeddingModel(modelID: modelID).value
    }

    /// The HTTP request for `getEmbeddingModel`, before the client's middlewares and authentication.
    public func getEmbeddingModelRequest(modelID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/embedding-models/\(try GeneratedClientRuntime.PathEncoding.segment(modelID))", operationID: "getEmbeddingModel")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `getEmbeddingModel`, with the answer's status, headers, request id and rate limits.
    public func getEmbeddingModel(modelID: Swift.String) async throws -> GeneratedClientRuntime.APIResponse<EmbeddingModel> {
        let request = try base.getEmbeddingModelRequest(modelID: modelID)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(EmbeddingModel.self))
        default: throw response.unexpectedStatus()
        }
    }
}
