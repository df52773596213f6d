@_spi(Generated) import GeneratedClientRuntime
import Foundation
import XAI
import Testing

/// Resilience against a second, independent server: llmock (PyPI), an OpenAI-compatible mock with
/// its own fault injection (Tests/Python/llmock_server.py chooses the fault per request).
@Suite struct LLMockTests {
    static func client(fault: String? = nil, extraHeaders: [String: String] = [:], retry: RetryPolicy = .default, recorder: StatusRecorder? = nil) throws -> XAIClient {
        var headers = extraHeaders
        if let fault {
            headers["x-mock-fault"] = fault
            headers["x-mock-fault-key"] = UUID().uuidString
        }
        let configuration = APIClientConfiguration(
            middlewares: recorder.map { [$0] } ?? [], headers: headers,
            retry: RetryPolicy(maxRetries: retry.maxRetries, initialBackoff: .milliseconds(10), maxBackoff: .milliseconds(50))
        )
        return try XAIClient(apiKey: "xai-test-key", serverURL: try LocalServer.shared("llmock_server.py").baseURL, configuration: configuration)
    }

    static let request = ChatRequest(messages: [.user(.init(content: .string("Tell me a short story.")))], model: "grok-4")

    @Test func streamsAndFoldsLLMocksChunks() async throws {
        var content = ""
        for try await chunk in try Self.client().createChatCompletionStream(Self.request) {
            content += chunk.choices.first?.delta.content ?? ""
        }
        #expect(!content.isEmpty)
        let final = try await Self.client().createChatCompletionStream(Self.request).accumulated(as: ChatResponse.self)
        #expect(final.choices.first?.message.content?.isEmpty == false)
    }

    @Test func retriesLLMocks429UsingRetryAfterMilliseconds() async throws {
        let recorder = StatusRecorder()
        let response = try await Self.client(fault: "429", extraHeaders: ["x-mock-retry-after": "0.2"], recorder: recorder).createChatCompletion(Self.request)
        #expect(!response.choices.isEmpty)
        #expect(recorder.statuses == [429, 200])
    }

    @Test func givesUpAfterTheConfiguredRetries() async throws {
        let recorder = StatusRecorder()
        do {
            _ = try await Self.client(fault: "status-503", retry: RetryPolicy(maxRetries: 2), recorder: recorder).createChatCompletion(Self.request)
            Issue.record("expected a 503")
        } catch let error as APIClientError {
            #expect(error.apiError?.status == 503)
            #expect(recorder.statuses == [503, 503, 503])
        }
    }

    @Test func aTruncatedStreamIsAnError() async throws {
        try await expectFailure("truncated-stream") { error in
            if case .stream(let failure) = error { return failure.kind == .truncated }
            return false
        }
    }

    @Test func aMalformedChunkIsAnError() async throws {
        try await expectFailure("malformed-chunk") { error in
            if case .stream(let failure) = error { return failure.kind == .malformedEvent }
            return false
        }
    }

    @Test func aDroppedConnectionIsAnError() async throws {
        try await expectFailure("disconnect") { error in
            switch error {
            case .transport: return true
            case .stream(let failure): return failure.kind == .truncated
            default: return false
            }
        }
    }

    private func expectFailure(_ fault: String, _ check: (APIClientError) -> Bool) async throws {
        var received = 0
        do {
            for try await _ in try Self.client(fault: fault, retry: .none).createChatCompletionStream(Self.request) { received += 1 }
            Issue.record("expected \(fault) to fail the stream after \(received) chunks")
        } catch let error as APIClientError {
            #expect(check(error), "\(fault): \(error)")
        }
    }
}
