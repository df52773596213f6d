// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Edit a video based on a prompt.
    /// This is an asynchronous operation that returns a request_id for polling.
    ///
    /// - `POST /v1/videos/edits`
    /// - Generated from `#/paths/~1v1~1videos~1edits/post`.
    public func editVideo(_ body: EditVideoRequest) async throws -> StartDeferredResponse {
        try await raw.editVideo(body).value
    }

    /// The HTTP request for `editVideo`, before the client's middlewares and authentication.
    public func editVideoRequest(_ body: EditVideoRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/videos/edits", operationID: "editVideo")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `editVideo`, with the answer's status, headers, request id and rate limits.
    public func editVideo(_ body: EditVideoRequest) async throws -> GeneratedClientRuntime.APIResponse<StartDeferredResponse> {
        let request = try base.editVideoRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(StartDeferredResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
