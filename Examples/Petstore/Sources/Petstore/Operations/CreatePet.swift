// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension PetstoreClient {
    /// - `POST /pets`
    /// - Generated from `#/paths/~1pets/post`.
    public func createPet(_ body: NewPet) async throws -> Pet {
        let request = try createPetRequest(body)
        let response = try await client.send(request)
        switch response.status {
        case 201: return try response.decode(Pet.self)
        default: throw response.unexpectedStatus()
        }
    }

    /// The HTTP request for `createPet`, before the client's middlewares and authentication.
    public func createPetRequest(_ body: NewPet) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/pets", operationID: "createPet")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}
