// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension PetstoreClient {
    /// - `GET /pets/{petId}`
    /// - Generated from `#/paths/~1pets~1{petId}/get`.
    public func showPetByID(petID: Swift.String) async throws -> Pet {
        try await raw.showPetByID(petID: petID).value
    }

    /// The HTTP request for `showPetByID`, before the client's middlewares and authentication.
    public func showPetByIDRequest(petID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/pets/\(try GeneratedClientRuntime.PathEncoding.segment(petID))", operationID: "showPetById")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension PetstoreClient.Raw {
    /// Like `showPetByID`, with the answer's status, headers, request id and rate limits.
    public func showPetByID(petID: Swift.String) async throws -> GeneratedClientRuntime.APIResponse<Pet> {
        let request = try base.showPetByIDRequest(petID: petID)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(Pet.self))
        default: throw response.unexpectedStatus()
        }
    }
}
