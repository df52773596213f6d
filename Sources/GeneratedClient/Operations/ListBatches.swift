// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// List all batches for the current team.
    ///
    /// - `GET /v1/batches`
    /// - Generated from `#/paths/~1v1~1batches/get`.
    public func listBatches(limit: Swift.Int32? = nil, paginationToken: Swift.String? = nil) async throws -> BatchList {
        try await raw.listBatches(limit: limit, paginationToken: paginationToken).value
    }

    /// Every item of `listBatches`, page by page.
    ///
    /// Each page is requested once the previous one's items are consumed, with its `pagination_token` as `pagination_token`, until a page comes without one.
    public func listBatchesPages(limit: Swift.Int32? = nil) -> GeneratedClientRuntime.Pages<BatchList, Batch> {
        GeneratedClientRuntime.Pages(operationID: "listBatches", items: { $0.batches }, nextToken: { $0.paginationToken }) { token in
            try await self.listBatches(limit: limit, paginationToken: token)
        }
    }

    /// The HTTP request for `listBatches`, before the client's middlewares and authentication.
    public func listBatchesRequest(limit: Swift.Int32? = nil, paginationToken: Swift.String? = nil) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/batches", operationID: "listBatches")
        request.setHeader("Accept", "application/json")
        request.addQuery("limit", limit)
        request.addQuery("pagination_token", paginationToken)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `listBatches`, with the answer's status, headers, request id and rate limits.
    public func listBatches(limit: Swift.Int32? = nil, paginationToken: Swift.String? = nil) async throws -> GeneratedClientRuntime.APIResponse<BatchList> {
        let request = try base.listBatchesRequest(limit: limit, paginationToken: paginationToken)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(BatchList.self))
        default: throw response.unexpectedStatus()
        }
    }
}
