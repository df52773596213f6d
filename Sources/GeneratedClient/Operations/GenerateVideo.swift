// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Generate a video from a text prompt and optionally an image.
    /// This is an asynchronous operation that returns a request_id for polling.
    ///
    /// - `POST /v1/videos/generations`
    /// - Generated from `#/paths/~1v1~1videos~1generations/post`.
    public func generateVideo(_ body: GenerateVideoRequest) async throws -> StartDeferredResponse {
        try await raw.generateVideo(body).value
    }

    /// The HTTP request for `generateVideo`, before the client's middlewares and authentication.
    public func generateVideoRequest(_ body: GenerateVideoRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/videos/generations", operationID: "generateVideo")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `generateVideo`, with the answer's status, headers, request id and rate limits.
    public func generateVideo(_ body: GenerateVideoRequest) async throws -> GeneratedClientRuntime.APIResponse<StartDeferredResponse> {
        let request = try base.generateVideoRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(StartDeferredResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
