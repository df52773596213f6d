// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Generate an image based on a prompt. This is the endpoint for making generation requests to image generation models.
    ///
    /// - `POST /v1/images/generations`
    /// - Generated from `#/paths/~1v1~1images~1generations/post`.
    public func generateImage(_ body: GenerateImageRequest) async throws -> GeneratedImageResponse {
        let request = try generateImageRequest(body)
        let response = try await client.send(request)
        switch response.status {
        case 200: return try response.decode(GeneratedImageResponse.self)
        default: throw response.unexpectedStatus()
        }
    }

    /// The HTTP request for `generateImage`, before the client's middlewares and authentication.
    public func generateImageRequest(_ body: GenerateImageRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/images/generations", operationID: "generateImage")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}
