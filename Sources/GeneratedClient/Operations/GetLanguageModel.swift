// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Get full information about a chat or image understanding model with its model_id.
    ///
    /// - `GET /v1/language-models/{model_id}`
    /// - Generated from `#/paths/~1v1~1language-models~1{model_id}/get`.
    public func getLanguageModel(modelID: Swift.String) async throws -> LanguageModel {
        try await raw.getLanguageModel(modelID: modelID).value
    }

    /// The HTTP request for `getLanguageModel`, before the client's middlewares and authentication.
    public func getLanguageModelRequest(modelID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/language-models/\(try GeneratedClientRuntime.PathEncoding.segment(modelID))", operationID: "getLanguageModel")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `getLanguageModel`, with the answer's status, headers, request id and rate limits.
    public func getLanguageModel(modelID: Swift.String) async throws -> GeneratedClientRuntime.APIResponse<LanguageModel> {
        let request = try base.getLanguageModelRequest(modelID: modelID)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(LanguageModel.self))
        default: throw response.unexpectedStatus()
        }
    }
}
