// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Get full information about a chat or image understanding model with its model_id.
    ///
    /// - `GET /v1/language-models/{model_id}`
    /// - Generated from `#/paths/~1v1~1language-models~1{model_id}/get`.
    public func getLanguageModel(modelID: Swift.String) async throws -> LanguageModel {
        let request = try getLanguageModelRequest(modelID: modelID)
        let response = try await client.send(request)
        switch response.status {
        case 200: return try response.decode(LanguageModel.self)
        default: throw response.unexpectedStatus()
        }
    }

    /// The HTTP request for `getLanguageModel`, before the client's middlewares and authentication.
    public func getLanguageModelRequest(modelID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/language-models/\(try GeneratedClientRuntime.PathEncoding.segment(modelID))", operationID: "getLanguageModel")
        request.setHeader("Accept", "application/json")
        return request
    }
}
