@_spi(Generated) import GeneratedClientRuntime
import Foundation
import OpenAPIRuntime
import XAI
import Testing

/// The generated client over real HTTP (the default transport: AsyncHTTPClient on Linux) against the
/// local mock server, which validates every request against the spec with openapi-core and answers
/// with the spec's examples, server-sent events, or an injected fault.
@Suite struct LiveServerTests {
    /// The transport `client` uses instead of the default: `URLSessionTransportTests` runs the
    /// non-streaming tests again through URLSession.
    @TaskLocal static var transport: (any ClientTransport)?

    /// A client whose requests ask the mock server for `fault` (once per unique key).
    static func client(
        fault: String? = nil, retry: RetryPolicy = .default, idle: Duration = .seconds(300),
        headers: [String: String] = [:], recorder: StatusRecorder? = nil
    ) throws -> XAIClient {
        var all = headers
        if let fault {
            all["x-mock-fault"] = fault
            all["x-mock-fault-key"] = UUID().uuidString
        }
        let configuration = APIClientConfiguration(
            transport: transport, middlewares: recorder.map { [$0] } ?? [], headers: all, streamIdleTimeout: idle,
            retry: fast(retry)
        )
        return try XAIClient(apiKey: "xai-test-key", serverURL: try LocalServer.mock().baseURL, configuration: configuration)
    }

    /// `policy` with backoffs short enough for tests.
    static func fast(_ policy: RetryPolicy) -> RetryPolicy {
        var fast = policy
        fast.initialBackoff = .milliseconds(10)
        fast.maxBackoff = .milliseconds(50)
        return fast
    }

    static var chatRequest: ChatRequest {
        get throws { try ExampleCase.value(at: OperationCall.requestExample("/v1/chat/completions")) }
    }

    @Test(arguments: OperationCall.all)
    func everyOperationOverRealHTTP(_ call: OperationCall) async throws {
        try await call.call(try Self.client())
    }

    @Test func streamsChatChunksUntilDone() async throws {
        var content = ""
        var chunks = 0
        var sawUsage = false
        for try await chunk in try Self.client().createChatCompletionStream(try Self.chatRequest) {
            chunks += 1
            content += chunk.choices.first?.delta.content ?? ""
            if chunk.usage != nil { sawUsage = true }
        }
        #expect(chunks >= 3)
        #expect(!content.isEmpty)
        #expect(sawUsage)
    }

    @Test func foldsAStreamIntoTheFinalMessage() async throws {
        let client = try Self.client()
        var content = ""
        for try await chunk in client.createChatCompletionStream(try Self.chatRequest) {
            content += chunk.choices.first?.delta.content ?? ""
        }
        let final = try await client.createChatCompletionStream(try Self.chatRequest).accumulated(as: ChatResponse.self)
        #expect(final.choices.first?.message.content == content)
        #expect(final.choices.first?.message.role == "assistant")
        #expect(final.usage != nil)
    }

    @Test func uploadsFromDiskAndDownloadsToDisk() async throws {
        let client = try Self.client()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xai-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("big.txt")
        try Data(repeating: UInt8(ascii: "x"), count: 1 << 20).write(to: source)
        let uploaded = try await client.uploadFile(UploadFileMultipartRequest(expiresAfter: 3600, file: FileUpload(fileURL: source, contentType: "text/plain")))
        #expect(!uploaded.id.isEmpty)
        let destination = folder.appendingPathComponent("download.bin")
        try await client.downloadFileContent(fileID: uploaded.id, to: destination)
        let inMemory = try await client.downloadFileContent(fileID: uploaded.id)
        #expect(try Data(contentsOf: destination) == inMemory)
        #expect(!inMemory.isEmpty)
    }

    @Test func retriesA429HonouringRetryAfter() async throws {
        let recorder = StatusRecorder()
        let models = try await Self.client(fault: "429", recorder: recorder).listModels()
        #expect(!models.data.isEmpty)
        #expect(recorder.statuses == [429, 200])
    }

    @Test func a429WithoutRetriesIsATypedError() async throws {
        do {
            _ = try await Self.client(fault: "429", retry: .none).listModels()
            Issue.record("expected a 429")
        } catch let error as APIClientError {
            let api = try #require(error.apiError)
            #expect(api.status == 429)
            #expect(api.isRateLimited)
            #expect(api.retryAfter == .seconds(1))
            #expect(api.requestID != nil)
            #expect(api.message != nil)
        }
    }

    @Test func retriesA500OfAGetThenSucceeds() async throws {
        let recorder = StatusRecorder()
        _ = try await Self.client(fault: "500-once", recorder: recorder).listModels()
        #expect(recorder.statuses == [500, 200])
    }

    /// A 500 to a POST may come after the completion was made (and billed): not sent again...
    @Test func doesNotRetryA500OfAPost() async throws {
        let recorder = StatusRecorder()
        await #expect(throws: APIClientError.self) {
            _ = try await Self.client(fault: "500-once", recorder: recorder).createChatCompletion(try Self.chatRequest)
        }
        #expect(recorder.statuses == [500])
    }

    /// ...unless the caller opts this call in.
    @Test func retriesA500OfAPostWhenTheCallOptsIn() async throws {
        let recorder = StatusRecorder()
        _ = try await Self.client(fault: "500-once", recorder: recorder)
            .configured { $0.retry.retriesAfterPossibleProcessing = true }
            .createChatCompletion(try Self.chatRequest)
        #expect(recorder.statuses == [500, 200])
    }

    @Test func aWrongKeyIsAnAuthenticationErrorEvenAs400() async throws {
        do {
            _ = try await Self.client(fault: "auth-400", retry: .none).listModels()
            Issue.record("expected a 400")
        } catch let error as APIClientError {
            let api = try #require(error.apiError)
            #expect(api.status == 400)
            #expect(api.isAuthenticationError)
            #expect(api.message?.hasPrefix("Incorrect API key provided") == true)
            #expect(!error.description.contains("xai-test-key"))
        }
    }

    @Test func pollsADeferredCompletionFrom202To200() async throws {
        let recorder = StatusRecorder()
        let result = try await Self.client(fault: "202-then-200", recorder: recorder)
            .getDeferredChatCompletionWhenReady(requestID: "req_1", polling: PollingPolicy(interval: .milliseconds(20), timeout: .seconds(30)))
        #expect(!result.choices.isEmpty)
        #expect(recorder.statuses == [202, 202, 200])
    }

    @Test func pollsAVideoUntilItsStatusIsFinal() async throws {
        let recorder = StatusRecorder()
        let video = try await Self.client(fault: "video-pending", recorder: recorder)
            .getVideoWhenReady(requestID: "vid_1", polling: PollingPolicy(interval: .milliseconds(20), timeout: .seconds(30)))
        #expect(video.status == "done")
        #expect(recorder.statuses == [200, 200, 200])
    }

    @Test func aTruncatedStreamIsAnError() async throws {
        try await expectStreamFailure(fault: "truncated-stream") { failure in
            failure.kind == .truncated
        }
    }

    @Test func aMalformedChunkIsAnError() async throws {
        try await expectStreamFailure(fault: "malformed-chunk") { $0.kind == .malformedEvent }
    }

    @Test func anErrorBodyWithStatus200IsAnError() async throws {
        try await expectStreamFailure(fault: "error-200") { $0.kind == .errorEvent && !$0.message.isEmpty }
    }

    @Test func aStalledStreamTimesOut() async throws {
        let stream = try Self.client(fault: "stalled-stream", idle: .milliseconds(500)).createChatCompletionStream(try Self.chatRequest)
        do {
            for try await _ in stream {}
            Issue.record("expected a timeout")
        } catch let error as APIClientError {
            guard case .timedOut = error else {
                Issue.record("expected timedOut, got \(error)")
                return
            }
        }
    }

    private func expectStreamFailure(fault: String, _ check: (StreamFailure) -> Bool) async throws {
        do {
            for try await _ in try Self.client(fault: fault, retry: .none).createChatCompletionStream(try Self.chatRequest) {}
            Issue.record("expected the stream to fail with \(fault)")
        } catch let error as APIClientError {
            guard case .stream(let failure) = error else {
                Issue.record("expected a stream failure, got \(error)")
                return
            }
            #expect(check(failure), "\(failure)")
            #expect(failure.requestID != nil)
        }
    }
}
