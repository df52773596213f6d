// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Get information about an API key, including name, status, permissions and users who created or modified this key.
    ///
    /// - `GET /v1/api-key`
    /// - Generated from `#/paths/~1v1~1api-key/get`.
    public func getAPIKeyInfo() async throws -> APIKey {
        try await raw.getAPIKeyInfo().value
    }

    /// The HTTP request for `getAPIKeyInfo`, before the client's middlewares and authentication.
    public func getAPIKeyInfoRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/api-key", operationID: "getApiKeyInfo")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `getAPIKeyInfo`, with the answer's status, headers, request id and rate limits.
    public func getAPIKeyInfo() async throws -> GeneratedClientRuntime.APIResponse<APIKey> {
        let request = try base.getAPIKeyInfoRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(APIKey.self))
        default: throw response.unexpectedStatus()
        }
    }
}
