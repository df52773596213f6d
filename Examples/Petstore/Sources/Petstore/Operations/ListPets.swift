// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension PetstoreClient {
    /// - `GET /pets`
    /// - Generated from `#/paths/~1pets/get`.
    public func listPets(limit: Swift.Int? = nil, tags: [Swift.String]? = nil) async throws -> [Pet] {
        let request = try listPetsRequest(limit: limit, tags: tags)
        let response = try await client.send(request)
        switch response.status {
        case 200: return try response.decode([Pet].self)
        default: throw response.unexpectedStatus()
        }
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
