// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Cancel a batch's pending requests.
    ///
    /// - `POST /v1/batches/{batch_id}:cancel`
    /// - Generated from `#/paths/~1v1~1batches~1{batch_id}:cancel/post`.
    public func cancelBatch(batchID: Swift.String) async throws -> Batch {
        let request = try cancelBatchRequest(batchID: batchID)
        let response = try await client.send(request)
        switch response.status {
        case 200: return try response.decode(Batch.self)
        default: throw response.unexpectedStatus()
        }
    }

    /// The HTTP request for `cancelBatch`, before the client's middlewares and authentication.
    public func cancelBatchRequest(batchID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/batches/\(try GeneratedClientRuntime.PathEncoding.segment(batchID)):cancel", operationID: "cancelBatch")
        request.setHeader("Accept", "application/json")
        return request
    }
}
