// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Compacts a Responses API input window into a shorter one to pass as the next request's input.
    ///
    /// - `POST /v1/responses/compact`
    /// - Generated from `#/paths/~1v1~1responses~1compact/post`.
    public func compactResponse(_ body: CompactRequest) async throws -> CompactResponse {
        try await raw.compactResponse(body).value
    }

    /// The HTTP request for `compactResponse`, before the client's middlewares and authentication.
    public func compactResponseRequest(_ body: CompactRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/responses/compact", operationID: "compactResponse")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `compactResponse`, with the answer's status, headers, request id and rate limits.
    public func compactResponse(_ body: CompactRequest) async throws -> GeneratedClientRuntime.APIResponse<CompactResponse> {
        let request = try base.compactResponseRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(CompactResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
