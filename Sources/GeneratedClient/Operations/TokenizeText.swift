// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Tokenize text with the specified model
    ///
    /// - `POST /v1/tokenize-text`
    /// - Generated from `#/paths/~1v1~1tokenize-text/post`.
    public func tokenizeText(_ body: TokenizeRequest) async throws -> TokenizeResponse {
        try await raw.tokenizeText(body).value
    }

    /// The HTTP request for `tokenizeText`, before the client's middlewares and authentication.
    public func tokenizeTextRequest(_ body: TokenizeRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/tokenize-text", operationID: "tokenizeText")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `tokenizeText`, with the answer's status, headers, request id and rate limits.
    public func tokenizeText(_ body: TokenizeRequest) async throws -> GeneratedClientRuntime.APIResponse<TokenizeResponse> {
        let request = try base.tokenizeTextRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(TokenizeResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
