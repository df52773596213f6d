// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Get full information about a video generation model with its model_id.
    ///
    /// - `GET /v1/video-generation-models/{model_id}`
    /// - Generated from `#/paths/~1v1~1video-generation-models~1{model_id}/get`.
    public func getVideoGenerationModel(modelID: Swift.String) async throws -> VideoGenerationModel {
        try await raw.getVideoGenerationModel(modelID: modelID).value
    }

    /// The HTTP request for `getVideoGenerationModel`, before the client's middlewares and authentication.
    public func getVideoGenerationModelRequest(modelID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/video-generation-models/\(try GeneratedClientRuntime.PathEncoding.segment(modelID))", operationID: "getVideoGenerationModel")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `getVideoGenerationModel`, with the answer's status, headers, request id and rate limits.
    public func getVideoGenerationModel(modelID: Swift.String) async throws -> GeneratedClientRuntime.APIResponse<VideoGenerationModel> {
        let request = try base.getVideoGenerationModelRequest(modelID: modelID)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(VideoGenerationModel.self))
        default: throw response.unexpectedStatus()
        }
    }
}
