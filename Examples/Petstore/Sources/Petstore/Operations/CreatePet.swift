// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension PetstoreClient {
    /// - `POST /pets`
    /// - Generated from `#/paths/~1pets/post`.
    public func createPet(_ body: NewPet) async throws -> Pet {
        try await raw.createPet(body).value
    }

    /// The HTTP request for `createPet`, before the client's middlewares and authentication.
    public func createPetRequest(_ body: NewPet) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/pets", operationID: "createPet")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension PetstoreClient.Raw {
    /// Like `createPet`, with the answer's status, headers, request id and rate limits.
    public func createPet(_ body: NewPet) async throws -> GeneratedClientRuntime.APIResponse<Pet> {
        let request = try base.createPetRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 201: return response.carrying(try response.decode(Pet.self))
        default: throw response.unexpectedStatus()
        }
    }
}
