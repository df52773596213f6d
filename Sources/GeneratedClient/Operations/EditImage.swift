// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Edit an image based on a prompt. This is the endpoint for making edit requests to image generation models.
    ///
    /// - `POST /v1/images/edits`
    /// - Generated from `#/paths/~1v1~1images~1edits/post`.
    public func editImage(_ body: EditImageRequest) async throws -> GeneratedImageResponse {
        let request = try editImageRequest(body)
        let response = try await client.send(request)
        switch response.status {
        case 200: return try response.decode(GeneratedImageResponse.self)
        default: throw response.unexpectedStatus()
        }
    }

    /// The HTTP request for `editImage`, before the client's middlewares and authentication.
    public func editImageRequest(_ body: EditImageRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/images/edits", operationID: "editImage")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}
