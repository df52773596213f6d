// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Cancel a batch's pending requests.
    ///
    /// - `POST /v1/batches/{batch_id}:cancel`
    /// - Generated from `#/paths/~1v1~1batches~1{batch_id}:cancel/post`.
    public func cancelBatch(batchID: Swift.String) async throws -> Batch {
        try await raw.cancelBatch(batchID: batchID).value
    }

    /// The HTTP request for `cancelBatch`, before the client's middlewares and authentication.
    public func cancelBatchRequest(batchID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/batches/\(try GeneratedClientRuntime.PathEncoding.segment(batchID)):cancel", operationID: "cancelBatch")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `cancelBatch`, with the answer's status, headers, request id and rate limits.
    public func cancelBatch(batchID: Swift.String) async throws -> GeneratedClientRuntime.APIResponse<Batch> {
        let request = try base.cancelBatchRequest(batchID: batchID)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(Batch.self))
        default: throw response.unexpectedStatus()
        }
    }
}
