// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Create a new batch for processing requests.
    ///
    /// - `POST /v1/batches`
    /// - Generated from `#/paths/~1v1~1batches/post`.
    public func createBatch(_ body: CreateBatchRequest) async throws -> Batch {
        try await raw.createBatch(body).value
    }

    /// The HTTP request for `createBatch`, before the client's middlewares and authentication.
    public func createBatchRequest(_ body: CreateBatchRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/batches", operationID: "createBatch")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `createBatch`, with the answer's status, headers, request id and rate limits.
    public func createBatch(_ body: CreateBatchRequest) async throws -> GeneratedClientRuntime.APIResponse<Batch> {
        let request = try base.createBatchRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(Batch.self))
        default: throw response.unexpectedStatus()
        }
    }
}
