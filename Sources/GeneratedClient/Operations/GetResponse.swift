// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Retrieve a previously generated response.
    ///
    /// - `GET /v1/responses/{response_id}`
    /// - Generated from `#/paths/~1v1~1responses~1{response_id}/get`.
    public func getResponse(responseID: Swift.String) async throws -> ModelResponse {
        try await raw.getResponse(responseID: responseID).value
    }

    /// The HTTP request for `getResponse`, before the client's middlewares and authentication.
    public func getResponseRequest(responseID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/responses/\(try GeneratedClientRuntime.PathEncoding.segment(responseID))", operationID: "getResponse")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `getResponse`, with the answer's status, headers, request id and rate limits.
    public func getResponse(responseID: Swift.String) async throws -> GeneratedClientRuntime.APIResponse<ModelResponse> {
        let request = try base.getResponseRequest(responseID: responseID)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(ModelResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
