// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// List all available text-to-speech voices.
    ///
    /// - `GET /v1/tts/voices`
    /// - Generated from `#/paths/~1v1~1tts~1voices/get`.
    public func listVoices() async throws -> VoiceList {
        let request = try listVoicesRequest()
        let response = try await client.send(request)
        switch response.status {
        case 200: return try response.decode(VoiceList.self)
        default: throw response.unexpectedStatus()
        }
    }

    /// The HTTP request for `listVoices`, before the client's middlewares and authentication.
    public func listVoicesRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/tts/voices", operationID: "listVoices")
        request.setHeader("Accept", "application/json")
        return request
    }
}
