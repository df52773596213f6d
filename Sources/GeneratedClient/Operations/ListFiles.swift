// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// List files owned by the authenticated team, paginated. The response
    /// always returns a `pagination_token`; pass it back as a query parameter
    /// to fetch the next page. The end of the list is reached when the
    /// returned `data` array is shorter than `limit`.
    ///
    /// - `GET /v1/files`
    /// - Generated from `#/paths/~1v1~1files/get`.
    public func listFiles(limit: Swift.Int32? = nil, order: Swift.String? = nil, sortBy: Swift.String? = nil, paginationToken: Swift.String? = nil, after: Swift.String? = nil) async throws -> ListFilesResponse {
        try await raw.listFiles(limit: limit, order: order, sortBy: sortBy, paginationToken: paginationToken, after: after).value
    }

    /// Every item of `listFiles`, page by page.
    ///
    /// Each page is requested once the previous one's items are consumed, with its `pagination_token` as `pagination_token`, until a page comes without one.
    public func listFilesPages(limit: Swift.Int32? = nil, order: Swift.String? = nil, sortBy: Swift.String? = nil, after: Swift.String? = nil) -> GeneratedClientRuntime.Pages<ListFilesResponse, File> {
        GeneratedClientRuntime.Pages(operationID: "listFiles", items: { $0.data }, nextToken: { $0.paginationToken }) { token in
            try await self.listFiles(limit: limit, order: order, sortBy: sortBy, paginationToken: token, after: after)
        }
    }

    /// The HTTP request for `listFiles`, before the client's middlewares and authentication.
    public func listFilesRequest(limit: Swift.Int32? = nil, order: Swift.String? = nil, sortBy: Swift.String? = nil, paginationToken: Swift.String? = nil, after: Swift.String? = nil) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/files", operationID: "listFiles")
        request.setHeader("Accept", "application/json")
        request.addQuery("limit", limit)
        request.addQuery("order", order)
        request.addQuery("sort_by", sortBy)
        request.addQuery("pagination_token", paginationToken)
        request.addQuery("after", after)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `listFiles`, with the answer's status, headers, request id and rate limits.
    public func listFiles(limit: Swift.Int32? = nil, order: Swift.String? = nil, sortBy: Swift.String? = nil, paginationToken: Swift.String? = nil, after: Swift.String? = nil) async throws -> GeneratedClientRuntime.APIResponse<ListFilesResponse> {
        let request = try base.listFilesRequest(limit: limit, order: order, sortBy: sortBy, paginationToken: paginationToken, after: after)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(ListFilesResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
