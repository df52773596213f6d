// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// List all chat and image understanding models available to the authenticating API key with full information. Additional information compared to /v1/models includes modalities, pricing, fingerprint and alias(es).
    ///
    /// - `GET /v1/language-models`
    /// - Generated from `#/paths/~1v1~1language-models/get`.
    public func listLanguageModels() async throws -> ListLanguageModelsResponse {
        let request = try listLanguageModelsRequest()
        let response = try await client.send(request)
        switch response.status {
        case 200: return try response.decode(ListLanguageModelsResponse.self)
        default: throw response.unexpectedStatus()
        }
    }

    /// The HTTP request for `listLanguageModels`, before the client's middlewares and authentication.
    public func listLanguageModelsRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/language-models", operationID: "listLanguageModels")
        request.setHeader("Accept", "application/json")
        return request
    }
}
