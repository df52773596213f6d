// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Create an ephemeral client secret for authenticating browser-side Realtime API connections.
    ///
    /// - `POST /v1/realtime/client_secrets`
    /// - Generated from `#/paths/~1v1~1realtime~1client_secrets/post`.
    public func createRealtimeClientSecret(_ body: ClientSecretRequest) async throws -> ClientSecret {
        try await raw.createRealtimeClientSecret(body).value
    }

    /// The HTTP request for `createRealtimeClientSecret`, before the client's middlewares and authentication.
    public func createRealtimeClientSecretRequest(_ body: ClientSecretRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/realtime/client_secrets", operationID: "createRealtimeClientSecret")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `createRealtimeClientSecret`, with the answer's status, headers, request id and rate limits.
    public func createRealtimeClientSecret(_ body: ClientSecretRequest) async throws -> GeneratedClientRuntime.APIResponse<ClientSecret> {
        let request = try base.createRealtimeClientSecretRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(ClientSecret.self))
        default: throw response.unexpectedStatus()
        }
    }
}
