// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Extend a video by generating continuation content.
    /// This is an asynchronous operation that returns a request_id for polling.
    ///
    /// - `POST /v1/videos/extensions`
    /// - Generated from `#/paths/~1v1~1videos~1extensions/post`.
    public func extendVideo(_ body: ExtendVideoRequest) async throws -> StartDeferredResponse {
        try await raw.extendVideo(body).value
    }

    /// The HTTP request for `extendVideo`, before the client's middlewares and authentication.
    public func extendVideoRequest(_ body: ExtendVideoRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/videos/extensions", operationID: "extendVideo")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `extendVideo`, with the answer's status, headers, request id and rate limits.
    public func extendVideo(_ body: ExtendVideoRequest) async throws -> GeneratedClientRuntime.APIResponse<StartDeferredResponse> {
        let request = try base.extendVideoRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(StartDeferredResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
