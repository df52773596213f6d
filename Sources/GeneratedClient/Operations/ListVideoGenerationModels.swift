// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// List all video generation models available to the authenticating API key with full information.
    ///
    /// - `GET /v1/video-generation-models`
    /// - Generated from `#/paths/~1v1~1video-generation-models/get`.
    public func listVideoGenerationModels() async throws -> ListVideoGenerationModelsResponse {
        let request = try listVideoGenerationModelsRequest()
        let response = try await client.send(request)
        switch response.status {
        case 200: return try response.decode(ListVideoGenerationModelsResponse.self)
        default: throw response.unexpectedStatus()
        }
    }

    /// The HTTP request for `listVideoGenerationModels`, before the client's middlewares and authentication.
    public func listVideoGenerationModelsRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/video-generation-models", operationID: "listVideoGenerationModels")
        request.setHeader("Accept", "application/json")
        return request
    }
}
