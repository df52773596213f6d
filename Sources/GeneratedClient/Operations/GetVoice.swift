// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Get details for a specific voice.
    ///
    /// - `GET /v1/tts/voices/{voice_id}`
    /// - Generated from `#/paths/~1v1~1tts~1voices~1{voice_id}/get`.
    public func getVoice(voiceID: Swift.String) async throws -> Voice {
        try await raw.getVoice(voiceID: voiceID).value
    }

    /// The HTTP request for `getVoice`, before the client's middlewares and authentication.
    public func getVoiceRequest(voiceID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/tts/voices/\(try GeneratedClientRuntime.PathEncoding.segment(voiceID))", operationID: "getVoice")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `getVoice`, with the answer's status, headers, request id and rate limits.
    public func getVoice(voiceID: Swift.String) async throws -> GeneratedClientRuntime.APIResponse<Voice> {
        let request = try base.getVoiceRequest(voiceID: voiceID)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(Voice.self))
        default: throw response.unexpectedStatus()
        }
    }
}
