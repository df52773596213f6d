// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// List metadata for all requests in a batch.
    ///
    /// - `GET /v1/batches/{batch_id}/requests`
    /// - Generated from `#/paths/~1v1~1batches~1{batch_id}~1requests/get`.
    public func listBatchRequests(batchID: Swift.String, limit: Swift.Int32? = nil, paginationToken: Swift.String? = nil) async throws -> BatchRequestMetadataList {
        try await raw.listBatchRequests(batchID: batchID, limit: limit, paginationToken: paginationToken).value
    }

    /// Every item of `listBatchRequests`, page by page.
    ///
    /// Each page is requested once the previous one's items are consumed, with its `pagination_token` as `pagination_token`, until a page comes without one.
    public func listBatchRequestsPages(batchID: Swift.String, limit: Swift.Int32? = nil) -> GeneratedClientRuntime.Pages<BatchRequestMetadataList, BatchRequestMetadata> {
        GeneratedClientRuntime.Pages(operationID: "listBatchRequests", items: { $0.batchRequestMetadata }, nextToken: { $0.paginationToken }) { token in
            try await self.listBatchRequests(batchID: batchID, limit: limit, paginationToken: token)
        }
    }

    /// The HTTP request for `listBatchRequests`, before the client's middlewares and authentication.
    public func listBatchRequestsRequest(batchID: Swift.String, limit: Swift.Int32? = nil, paginationToken: Swift.String? = nil) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/batches/\(try GeneratedClientRuntime.PathEncoding.segment(batchID))/requests", operationID: "listBatchRequests")
        request.setHeader("Accept", "application/json")
        request.addQuery("limit", limit)
        request.addQuery("pagination_token", paginationToken)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `listBatchRequests`, with the answer's status, headers, request id and rate limits.
    public func listBatchRequests(batchID: Swift.String, limit: Swift.Int32? = nil, paginationToken: Swift.String? = nil) async throws -> GeneratedClientRuntime.APIResponse<BatchRequestMetadataList> {
        let request = try base.listBatchRequestsRequest(batchID: batchID, limit: limit, paginationToken: paginationToken)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(BatchRequestMetadataList.self))
        default: throw response.unexpectedStatus()
        }
    }
}
