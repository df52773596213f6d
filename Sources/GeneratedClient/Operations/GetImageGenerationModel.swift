// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Get full information about an image generation model with its model_id.
    ///
    /// - `GET /v1/image-generation-models/{model_id}`
    /// - Generated from `#/paths/~1v1~1image-generation-models~1{model_id}/get`.
    public func getImageGenerationModel(modelID: Swift.String) async throws -> ImageGenerationModel {
        try await raw.getImageGenerationModel(modelID: modelID).value
    }

    /// The HTTP request for `getImageGenerationModel`, before the client's middlewares and authentication.
    public func getImageGenerationModelRequest(modelID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/image-generation-models/\(try GeneratedClientRuntime.PathEncoding.segment(modelID))", operationID: "getImageGenerationModel")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `getImageGenerationModel`, with the answer's status, headers, request id and rate limits.
    public func getImageGenerationModel(modelID: Swift.String) async throws -> GeneratedClientRuntime.APIResponse<ImageGenerationModel> {
        let request = try base.getImageGenerationModelRequest(modelID: modelID)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(ImageGenerationModel.self))
        default: throw response.unexpectedStatus()
        }
    }
}
