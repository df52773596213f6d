// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Delete a previously generated response.
    ///
    /// - `DELETE /v1/responses/{response_id}`
    /// - Generated from `#/paths/~1v1~1responses~1{response_id}/delete`.
    public func deleteResponse(responseID: Swift.String) async throws -> DeleteStoredCompletionResponse {
        try await raw.deleteResponse(responseID: responseID).value
    }

    /// The HTTP request for `deleteResponse`, before the client's middlewares and authentication.
    public func deleteResponseRequest(responseID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .delete, path: "/v1/responses/\(try GeneratedClientRuntime.PathEncoding.segment(responseID))", operationID: "deleteResponse")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `deleteResponse`, with the answer's status, headers, request id and rate limits.
    public func deleteResponse(responseID: Swift.String) async throws -> GeneratedClientRuntime.APIResponse<DeleteStoredCompletionResponse> {
        let request = try base.deleteResponseRequest(responseID: responseID)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(DeleteStoredCompletionResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
