// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Get the results of a batch's finished requests, a page at a time.
    ///
    /// - `GET /v1/batches/{batch_id}/results`
    /// - Generated from `#/paths/~1v1~1batches~1{batch_id}~1results/get`.
    public func listBatchResults(batchID: Swift.String, limit: Swift.Int32? = nil, paginationToken: Swift.String? = nil) async throws -> BatchResultList {
        try await raw.listBatchResults(batchID: batchID, limit: limit, paginationToken: paginationToken).value
    }

    /// Every item of `listBatchResults`, page by page.
    ///
    /// Each page is requested once the previous one's items are consumed, with its `pagination_token` as `pagination_token`, until a page comes without one.
    public func listBatchResultsPages(batchID: Swift.String, limit: Swift.Int32? = nil) -> GeneratedClientRuntime.Pages<BatchResultList, BatchResult> {
        GeneratedClientRuntime.Pages(operationID: "listBatchResults", items: { $0.results }, nextToken: { $0.paginationToken }) { token in
            try await self.listBatchResults(batchID: batchID, limit: limit, paginationToken: token)
        }
    }

    /// The HTTP request for `listBatchResults`, before the client's middlewares and authentication.
    public func listBatchResultsRequest(batchID: Swift.String, limit: Swift.Int32? = nil, paginationToken: Swift.String? = nil) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/batches/\(try GeneratedClientRuntime.PathEncoding.segment(batchID))/results", operationID: "listBatchResults")
        request.setHeader("Accept", "application/json")
        request.addQuery("limit", limit)
        request.addQuery("pagination_token", paginationToken)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `listBatchResults`, with the answer's status, headers, request id and rate limits.
    public func listBatchResults(batchID: Swift.String, limit: Swift.Int32? = nil, paginationToken: Swift.String? = nil) async throws -> GeneratedClientRuntime.APIResponse<BatchResultList> {
        let request = try base.listBatchResultsRequest(batchID: batchID, limit: limit, paginationToken: paginationToken)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(BatchResultList.self))
        default: throw response.unexpectedStatus()
        }
    }
}
