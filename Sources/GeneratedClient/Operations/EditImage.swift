// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Edit an image based on a prompt. This is the endpoint for making edit requests to image generation models.
    ///
    /// - `POST /v1/images/edits`
    /// - Generated from `#/paths/~1v1~1images~1edits/post`.
    public func editImage(_ body: EditImageRequest) async throws -> GeneratedImageResponse {
        try await raw.editImage(body).value
    }

    /// The HTTP request for `editImage`, before the client's middlewares and authentication.
    public func editImageRequest(_ body: EditImageRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/images/edits", operationID: "editImage")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `editImage`, with the answer's status, headers, request id and rate limits.
    public func editImage(_ body: EditImageRequest) async throws -> GeneratedClientRuntime.APIResponse<GeneratedImageResponse> {
        let request = try base.editImageRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(GeneratedImageResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
