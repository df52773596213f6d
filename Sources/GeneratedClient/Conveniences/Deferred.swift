@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Starts a deferred chat completion and returns its request id: poll it with
    /// `getDeferredChatCompletionWhenReady(requestID:)`. Sets `deferred: true` for you.
    ///
    /// The answer to a deferred start is `StartDeferredChatResponse`; the document describes
    /// `/v1/chat/completions`' 200 only as a `ChatResponse`, so this reads it by the start's own
    /// schema.
    public func startDeferredChatCompletion(_ request: ChatRequest) async throws -> String {
        var body = request
        body.deferred = true
        let response = try await client.send(try createChatCompletionRequest(body))
        return try response.decode(StartDeferredChatResponse.self).requestID
    }
}
