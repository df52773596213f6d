// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Get minimalized information about a model with its model_id.
    ///
    /// - `GET /v1/models/{model_id}`
    /// - Generated from `#/paths/~1v1~1models~1{model_id}/get`.
    public func getModel(modelID: Swift.String) async throws -> Model {
        try await raw.getModel(modelID: modelID).value
    }

    /// The HTTP request for `getModel`, before the client's middlewares and authentication.
    public func getModelRequest(modelID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/models/\(try GeneratedClientRuntime.PathEncoding.segment(modelID))", operationID: "getModel")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `getModel`, with the answer's status, headers, request id and rate limits.
    public func getModel(modelID: Swift.String) async throws -> GeneratedClientRuntime.APIResponse<Model> {
        let request = try base.getModelRequest(modelID: modelID)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(Model.self))
        default: throw response.unexpectedStatus()
        }
    }
}
