// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Search for content related to the query within the given collections.
    ///
    /// - `POST /v1/documents/search`
    /// - Generated from `#/paths/~1v1~1documents~1search/post`.
    public func searchDocuments(_ body: SearchRequest) async throws -> SearchResponse {
        try await raw.searchDocuments(body).value
    }

    /// The HTTP request for `searchDocuments`, before the client's middlewares and authentication.
    public func searchDocumentsRequest(_ body: SearchRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/documents/search", operationID: "searchDocuments")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `searchDocuments`, with the answer's status, headers, request id and rate limits.
    public func searchDocuments(_ body: SearchRequest) async throws -> GeneratedClientRuntime.APIResponse<SearchResponse> {
        let request = try base.searchDocumentsRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(SearchResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
