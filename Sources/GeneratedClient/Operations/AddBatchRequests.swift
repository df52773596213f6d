// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Add multiple requests to an existing batch.
    ///
    /// - `POST /v1/batches/{batch_id}/requests`
    /// - Generated from `#/paths/~1v1~1batches~1{batch_id}~1requests/post`.
    public func addBatchRequests(batchID: Swift.String, body: AddBatchRequestsRequest) async throws -> Swift.Void {
        try await raw.addBatchRequests(batchID: batchID, body: body).value
    }

    /// The HTTP request for `addBatchRequests`, before the client's middlewares and authentication.
    public func addBatchRequestsRequest(batchID: Swift.String, body: AddBatchRequestsRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/batches/\(try GeneratedClientRuntime.PathEncoding.segment(batchID))/requests", operationID: "addBatchRequests")
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `addBatchRequests`, with the answer's status, headers, request id and rate limits.
    public func addBatchRequests(batchID: Swift.String, body: AddBatchRequestsRequest) async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.addBatchRequestsRequest(batchID: batchID, body: body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}
