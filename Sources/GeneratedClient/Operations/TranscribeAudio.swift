// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Transcribe an audio file to text.
    ///
    /// - `POST /v1/stt`
    /// - Generated from `#/paths/~1v1~1stt/post`.
    public func transcribeAudio(_ body: TranscriptionRequest) async throws -> Transcription {
        try await raw.transcribeAudio(body).value
    }

    /// The HTTP request for `transcribeAudio`, before the client's middlewares and authentication.
    public func transcribeAudioRequest(_ body: TranscriptionRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/stt", operationID: "transcribeAudio")
        request.setHeader("Accept", "application/json")
        var form = GeneratedClientRuntime.MultipartForm()
        try form.append("url", body.url)
        try form.append("audio_format", body.audioFormat)
        try form.append("sample_rate", body.sampleRate)
        try form.append("language", body.language)
        try form.append("format", body.format)
        try form.append("multichannel", body.multichannel)
        try form.append("channels", body.channels)
        try form.append("diarize", body.diarize)
        try form.append("filler_words", body.fillerWords)
        try form.append("file", body.file)
        request.setMultipartBody(form)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `transcribeAudio`, with the answer's status, headers, request id and rate limits.
    public func transcribeAudio(_ body: TranscriptionRequest) async throws -> GeneratedClientRuntime.APIResponse<Transcription> {
        let request = try base.transcribeAudioRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(Transcription.self))
        default: throw response.unexpectedStatus()
        }
    }
}
