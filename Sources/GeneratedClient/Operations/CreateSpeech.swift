// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Convert text into speech audio.
    ///
    /// - `POST /v1/tts`
    /// - Generated from `#/paths/~1v1~1tts/post`.
    public func createSpeech(_ body: SpeechRequest) async throws -> Foundation.Data {
        try await raw.createSpeech(body).value
    }

    /// Like `createSpeech`, but writes the body to `destination` as it arrives instead of holding it in memory.
    public func createSpeech(_ body: SpeechRequest, to destination: Foundation.URL) async throws {
        _ = try await client.download(try createSpeechRequest(body), to: destination)
    }

    /// The HTTP request for `createSpeech`, before the client's middlewares and authentication.
    public func createSpeechRequest(_ body: SpeechRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/tts", operationID: "createSpeech")
        request.setHeader("Accept", "audio/*")
        try request.setJSONBody(body)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `createSpeech`, with the answer's status, headers, request id and rate limits.
    public func createSpeech(_ body: SpeechRequest) async throws -> GeneratedClientRuntime.APIResponse<Foundation.Data> {
        let request = try base.createSpeechRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(response.body)
        default: throw response.unexpectedStatus()
        }
    }
}
