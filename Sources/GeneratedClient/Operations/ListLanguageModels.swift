// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// List all chat and image understanding models available to the authenticating API key with full information. Additional information compared to /v1/models includes modalities, pricing, fingerprint and alias(es).
    ///
    /// - `GET /v1/language-models`
    /// - Generated from `#/paths/~1v1~1language-models/get`.
    public func listLanguageModels() async throws -> ListLanguageModelsResponse {
        try await raw.listLanguageModels().value
    }

    /// The HTTP request for `listLanguageModels`, before the client's middlewares and authentication.
    public func listLanguageModelsRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/language-models", operationID: "listLanguageModels")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `listLanguageModels`, with the answer's status, headers, request id and rate limits.
    public func listLanguageModels() async throws -> GeneratedClientRuntime.APIResponse<ListLanguageModelsResponse> {
        let request = try base.listLanguageModelsRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(ListLanguageModelsResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
