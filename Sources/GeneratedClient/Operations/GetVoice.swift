// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Get details for a specific voice.
    ///
    /// - `GET /v1/tts/voices/{voice_id}`
    /// - Generated from `#/paths/~1v1~1tts~1voices~1{voice_id}/get`.
    public func getVoice(voiceID: Swift.String) async throws -> Voice {
        let request = try getVoiceRequest(voiceID: voiceID)
        let response = try await client.send(request)
        switch response.status {
        case 200: return try response.decode(Voice.self)
        default: throw response.unexpectedStatus()
        }
    }

    /// The HTTP request for `getVoice`, before the client's middlewares and authentication.
    public func getVoiceRequest(voiceID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/tts/voices/\(try GeneratedClientRuntime.PathEncoding.segment(voiceID))", operationID: "getVoice")
        request.setHeader("Accept", "application/json")
        return request
    }
}
