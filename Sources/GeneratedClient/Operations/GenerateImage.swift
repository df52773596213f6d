// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Generate an image based on a prompt. This is the endpoint for making generation requests to image generation models.
    ///
    /// - `POST /v1/images/generations`
    /// - Generated from `#/paths/~1v1~1images~1generations/post`.
    public func generateImage(_ body: GenerateImageRequest) async throws -> GeneratedImageResponse {
        try await raw.generateImage(body).value
    }

    /// The HTTP request for `generateImage`, before the client's middlewares and authentication.
    public func generateImageRequest(_ body: GenerateImageRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/images/generations", operationID: "generateImage")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `generateImage`, with the answer's status, headers, request id and rate limits.
    public func generateImage(_ body: GenerateImageRequest) async throws -> GeneratedClientRuntime.APIResponse<GeneratedImageResponse> {
        let request = try base.generateImageRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(GeneratedImageResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
