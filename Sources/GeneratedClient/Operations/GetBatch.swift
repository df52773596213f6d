// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Get information about a specific batch.
    ///
    /// - `GET /v1/batches/{batch_id}`
    /// - Generated from `#/paths/~1v1~1batches~1{batch_id}/get`.
    public func getBatch(batchID: Swift.String) async throws -> Batch {
        try await raw.getBatch(batchID: batchID).value
    }

    /// The HTTP request for `getBatch`, before the client's middlewares and authentication.
    public func getBatchRequest(batchID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/batches/\(try GeneratedClientRuntime.PathEncoding.segment(batchID))", operationID: "getBatch")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `getBatch`, with the answer's status, headers, request id and rate limits.
    public func getBatch(batchID: Swift.String) async throws -> GeneratedClientRuntime.APIResponse<Batch> {
        let request = try base.getBatchRequest(batchID: batchID)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(Batch.self))
        default: throw response.unexpectedStatus()
        }
    }
}
