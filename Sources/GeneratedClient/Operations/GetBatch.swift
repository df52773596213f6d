// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Get information about a specific batch.
    ///
    /// - `GET /v1/batches/{batch_id}`
    /// - Generated from `#/paths/~1v1~1batches~1{batch_id}/get`.
    public func getBatch(batchID: Swift.String) async throws -> Batch {
        let request = try getBatchRequest(batchID: batchID)
        let response = try await client.send(request)
        switch response.status {
        case 200: return try response.decode(Batch.self)
        default: throw response.unexpectedStatus()
        }
    }

    /// The HTTP request for `getBatch`, before the client's middlewares and authentication.
    public func getBatchRequest(batchID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/batches/\(try GeneratedClientRuntime.PathEncoding.segment(batchID))", operationID: "getBatch")
        request.setHeader("Accept", "application/json")
        return request
    }
}
