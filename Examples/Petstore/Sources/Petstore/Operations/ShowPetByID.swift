// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension PetstoreClient {
    /// - `GET /pets/{petId}`
    /// - Generated from `#/paths/~1pets~1{petId}/get`.
    public func showPetByID(petID: Swift.String) async throws -> Pet {
        let request = try showPetByIDRequest(petID: petID)
        let response = try await client.send(request)
        switch response.status {
        case 200: return try response.decode(Pet.self)
        default: throw response.unexpectedStatus()
        }
    }

    /// The HTTP request for `showPetByID`, before the client's middlewares and authentication.
    public func showPetByIDRequest(petID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/pets/\(try GeneratedClientRuntime.PathEncoding.segment(petID))", operationID: "showPetById")
        request.setHeader("Accept", "application/json")
        return request
    }
}
