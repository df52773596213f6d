// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// List all image generation models available to the authenticating API key with full information. Additional information compared to /v1/models includes modalities, pricing, fingerprint and alias(es).
    ///
    /// - `GET /v1/image-generation-models`
    /// - Generated from `#/paths/~1v1~1image-generation-models/get`.
    public func listImageGenerationModels() async throws -> ListImageGenerationModelsResponse {
        try await raw.listImageGenerationModels().value
    }

    /// The HTTP request for `listImageGenerationModels`, before the client's middlewares and authentication.
    public func listImageGenerationModelsRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/image-generation-models", operationID: "listImageGenerationModels")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `listImageGenerationModels`, with the answer's status, headers, request id and rate limits.
    public func listImageGenerationModels() async throws -> GeneratedClientRuntime.APIResponse<ListImageGenerationModelsResponse> {
        let request = try base.listImageGenerationModelsRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(ListImageGenerationModelsResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
