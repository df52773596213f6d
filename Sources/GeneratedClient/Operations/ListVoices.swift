// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// List all available text-to-speech voices.
    ///
    /// - `GET /v1/tts/voices`
    /// - Generated from `#/paths/~1v1~1tts~1voices/get`.
    public func listVoices() async throws -> VoiceList {
        try await raw.listVoices().value
    }

    /// The HTTP request for `listVoices`, before the client's middlewares and authentication.
    public func listVoicesRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/tts/voices", operationID: "listVoices")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `listVoices`, with the answer's status, headers, request id and rate limits.
    public func listVoices() async throws -> GeneratedClientRuntime.APIResponse<VoiceList> {
        let request = try base.listVoicesRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(VoiceList.self))
        default: throw response.unexpectedStatus()
        }
    }
}
