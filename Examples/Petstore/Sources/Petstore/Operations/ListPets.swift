// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension PetstoreClient {
    /// - `GET /pets`
    /// - Generated from `#/paths/~1pets/get`.
    public func listPets(limit: Swift.Int? = nil, tags: [Swift.String]? = nil) async throws -> [Pet] {
        try await raw.listPets(limit: limit, tags: tags).value
    }

    /// The HTTP request for `listPets`, before the client's middlewares and authentication.
    public func listPetsRequest(limit: Swift.Int? = nil, tags: [Swift.String]? = nil) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/pets", operationID: "listPets")
        request.setHeader("Accept", "application/json")
        request.addQuery("limit", limit)
        request.addQuery("tags", tags, explode: true)
        return request
    }
}

extension PetstoreClient.Raw {
    /// Like `listPets`, with the answer's status, headers, request id and rate limits.
    public func listPets(limit: Swift.Int? = nil, tags: [Swift.String]? = nil) async throws -> GeneratedClientRuntime.APIResponse<[Pet]> {
        let request = try base.listPetsRequest(limit: limit, tags: tags)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode([Pet].self))
        default: throw response.unexpectedStatus()
        }
    }
}
