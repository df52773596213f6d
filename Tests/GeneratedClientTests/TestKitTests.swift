import Foundation
import Testing
import XAITesting

/// `XAIClient.Mock` (the generated test kit) drives the real client: typed answers and the
/// document's examples are decoded as a server's would be, requests are recorded and read back
/// typed, and each fault meets the client's own retry, timeout and stream handling.
@Suite struct TestKitTests {
    static let question = ChatRequest(messages: [.user("What is 2+2?")], model: "grok-4")
    static let answer = ChatResponse(
        choices: [Choice(finishReason: "stop", index: 0, message: ChoiceMessage(content: "4", role: "assistant"))],
        created: 1_752_854_522, id: "chat-1", model: "grok-4", object: "chat.completion"
    )
    /// Retries at once, so fault tests take no backoff time.
    static var fastRetries: APIClientConfiguration {
        var configuration = APIClientConfiguration()
        configuration.retry = RetryPolicy(initialBackoff: .zero, maxBackoff: .zero)
        return configuration
    }

    static func chunk(_ content: String) throws -> ChatResponseChunk {
        let json = #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"grok-4","choices":[{"index":0,"delta":{"content":"\#(content)"}}]}"#
        return try JSONDecoder().decode(ChatResponseChunk.self, from: Data(json.utf8))
    }

    @Test func aTypedAnswerIsDecodedAndTheRequestIsRecordedTyped() async throws {
        let mock = try XAIClient.Mock()
        try mock.createChatCompletion.returns(Self.answer, headers: ["x-request-id": "req-1"])
        let response = try await mock.client.raw.createChatCompletion(Self.question)
        #expect(response.value == Self.answer)
        #expect(response.status == 200)
        #expect(response.requestID == "req-1")
        let sent = mock.createChatCompletion.requests
        #expect(sent.count == 1)
        #expect(try sent[0].body == Self.question)
        #expect(sent[0].header("Authorization") == "Bearer mock-api-key")
        #expect(sent[0].http.method == .post)
        #expect(sent[0].http.path == "/v1/chat/completions")
        #expect(!sent[0].isStreaming)
        #expect(mock.transport.unusedAnswers.isEmpty)
    }

    @Test func theDocumentsExampleIsAnsweredAndDecodes() async throws {
        let mock = try XAIClient.Mock()
        #expect(mock.getAPIKeyInfo.examples.map(\.name) == ["example"])
        try mock.getAPIKeyInfo.returnsExample()
        let info = try await mock.client.getAPIKeyInfo()
        #expect(info.name == "My API Key")
        #expect(throws: MockSetupError.self) { try mock.getAPIKeyInfo.returnsExample("missing") }
        #expect(throws: MockSetupError.self) { try mock.getBatch.returnsExample() }
        let error = MockSetupError.noExample(operationID: "getApiKeyInfo", name: "missing", available: ["example"])
        #expect(error.description == "getApiKeyInfo: the API document gives no example named 'missing'; it has 'example'")
    }

    @Test func eachOutcomeOfAnOperationWithSeveralIsAnsweredWithItsStatus() async throws {
        let mock = try XAIClient.Mock()
        mock.getVideo.answers(.empty(status: 202))
        try mock.getVideo.returns(.accepted)
        let video = try JSONDecoder().decode(VideoResponse.self, from: Data(#"{"status":"done","model":"grok-imagine-video"}"#.utf8))
        try mock.getVideo.returns(.ok(video))
        #expect(try await mock.client.getVideo(requestID: "v1") == .accepted)
        #expect(try await mock.client.getVideoWhenReady(requestID: "v1", polling: PollingPolicy(interval: .zero)) == video)
        #expect(mock.getVideo.requests.map { $0.pathParameter("request_id") } == ["v1", "v1", "v1"])
    }

    @Test func pathParametersBytesVoidAndFormsAreRecorded() async throws {
        let mock = try XAIClient.Mock()
        try mock.downloadFileContent.returns(Data([0, 1, 2]))
        #expect(try await mock.client.downloadFileContent(fileID: "file/1") == Data([0, 1, 2]))
        #expect(mock.downloadFileContent.requests[0].pathParameter("file_id") == "file/1")
        #expect(mock.downloadFileContent.requests[0].http.path == "/v1/files/file%2F1/content")

        try mock.addBatchRequests.returns(())
        let batch = AddBatchRequestsRequest(batchRequests: [])
        try await mock.client.addBatchRequests(batchID: "b1", body: batch)
        #expect(try mock.addBatchRequests.requests[0].body == batch)

        let file = try JSONDecoder().decode(File.self, from: Data(#"{"id":"file-1","object":"file","bytes":3,"created_at":1,"filename":"a.txt","purpose":"assistants"}"#.utf8))
        try mock.uploadFile.returns(file)
        _ = try await mock.client.uploadFile(UploadFileMultipartRequest(file: FileUpload(data: Data("abc".utf8), filename: "a.txt")))
        let form = String(decoding: try mock.uploadFile.requests[0].body, as: UTF8.self)
        #expect(form.contains(#"filename="a.txt""#) && form.contains("abc"))
    }

    @Test func pagesFollowTheTokenThroughTheMock() async throws {
        let mock = try XAIClient.Mock()
        try mock.listBatches.returns(BatchList(batches: [Batch(batchID: "b1")], paginationToken: "page-2"))
        try mock.listBatches.returns(BatchList(batches: [Batch(batchID: "b2")]))
        var ids: [String] = []
        for try await batch in mock.client.listBatchesPages() { ids.append(batch.batchID) }
        #expect(ids == ["b1", "b2"])
        #expect(mock.listBatches.requests.map { $0.queryValues("pagination_token") } == [[], ["page-2"]])
    }

    @Test func aCallNobodyScriptedFailsNamingTheOperation() async throws {
        let mock = try XAIClient.Mock()
        let error = await #expect(throws: APIClientError.self) { try await mock.client.createChatCompletion(Self.question) }
        guard case .api(let apiError)? = error else { Issue.record("expected .api, got \(String(describing: error))"); return }
        #expect(apiError.status == 501)
        #expect(apiError.message == "MockTransport: no answer is scripted for createChatCompletion (call 1 of it); script one, e.g. with returns(_:)")
    }

    @Test func rateLimitedWithRetryAfterIsRetriedThenAnswered() async throws {
        let mock = try XAIClient.Mock()
        mock.createChatCompletion.answers(.rateLimited(retryAfter: 0))
        try mock.createChatCompletion.returns(Self.answer)
        #expect(try await mock.client.createChatCompletion(Self.question) == Self.answer)
        #expect(mock.createChatCompletion.requests.map { $0.header("x-retry-count") } == [nil, "1"])
    }

    @Test func aServerErrorOnAPostIsNotRetriedButOnAGetIs() async throws {
        let mock = try XAIClient.Mock(configuration: Self.fastRetries)
        mock.createChatCompletion.answers(.serverError())
        let error = await #expect(throws: APIClientError.self) { try await mock.client.createChatCompletion(Self.question) }
        guard case .api(let apiError)? = error else { Issue.record("expected .api, got \(String(describing: error))"); return }
        #expect(apiError.status == 500)
        #expect(apiError.message == "Internal server error")
        #expect(mock.createChatCompletion.requests.count == 1)

        mock.getBatch.answers(.serverError(status: 503))
        try mock.getBatch.returns(Batch(batchID: "b1"))
        #expect(try await mock.client.getBatch(batchID: "b1").batchID == "b1")
        #expect(mock.getBatch.requests.count == 2)
    }

    @Test func aLostConnectionFailsAPostAndAFailedConnectIsRetried() async throws {
        let mock = try XAIClient.Mock(configuration: Self.fastRetries)
        mock.createChatCompletion.answers(.connectionLost)
        let error = await #expect(throws: APIClientError.self) { try await mock.client.createChatCompletion(Self.question) }
        guard case .transport? = error else { Issue.record("expected .transport, got \(String(describing: error))"); return }
        mock.createChatCompletion.answers(.cannotConnect)
        try mock.createChatCompletion.returns(Self.answer)
        #expect(try await mock.client.createChatCompletion(Self.question) == Self.answer)
        #expect(mock.createChatCompletion.requests.count == 3)
    }

    @Test func noAnswerEndsInTheClientsTimeout() async throws {
        var configuration = APIClientConfiguration()
        configuration.timeout = .milliseconds(300)
        let mock = try XAIClient.Mock(configuration: configuration)
        mock.getBatch.answers(.noAnswer)
        let error = await #expect(throws: APIClientError.self) { try await mock.client.getBatch(batchID: "b1") }
        guard case .timedOut? = error else { Issue.record("expected .timedOut, got \(String(describing: error))"); return }
    }

    @Test func aStreamYieldsItsEventsAndEndsAtDone() async throws {
        let mock = try XAIClient.Mock()
        try mock.createChatCompletion.streams([Self.chunk("Hel"), Self.chunk("lo")])
        var text = ""
        for try await chunk in mock.client.createChatCompletionStream(Self.question) {
            text += chunk.choices.first?.delta.content ?? ""
        }
        #expect(text == "Hello")
        #expect(mock.createChatCompletion.requests[0].isStreaming)
        #expect(try mock.createChatCompletion.requests[0].body.stream == true)
    }

    @Test func aCutStreamThrowsAfterItsEvents() async throws {
        let mock = try XAIClient.Mock()
        try mock.createChatCompletion.streams([Self.chunk("Hel")], then: .cut)
        var received = 0
        let error = await #expect(throws: APIClientError.self) {
            for try await _ in mock.client.createChatCompletionStream(Self.question) { received += 1 }
        }
        #expect(received == 1)
        guard case .transport? = error else { Issue.record("expected .transport, got \(String(describing: error))"); return }
    }

    @Test func aStreamClosedBeforeDoneIsReportedTruncated() async throws {
        let mock = try XAIClient.Mock()
        try mock.createChatCompletion.streams([Self.chunk("Hel")], then: .closed)
        let error = await #expect(throws: APIClientError.self) {
            for try await _ in mock.client.createChatCompletionStream(Self.question) {}
        }
        guard case .stream(let failure)? = error else { Issue.record("expected .stream, got \(String(describing: error))"); return }
        #expect(failure.kind == .truncated)
    }

    @Test func aStalledStreamEndsInTheIdleTimeoutAndAConsumerCanLeaveIt() async throws {
        var configuration = APIClientConfiguration()
        configuration.streamIdleTimeout = .milliseconds(300)
        let mock = try XAIClient.Mock(configuration: configuration)
        try mock.createChatCompletion.streams([Self.chunk("Hel")], then: .stall)
        var received = 0
        let error = await #expect(throws: APIClientError.self) {
            for try await _ in mock.client.createChatCompletionStream(Self.question) { received += 1 }
        }
        #expect(received == 1)
        guard case .timedOut? = error else { Issue.record("expected .timedOut, got \(String(describing: error))"); return }

        try mock.createChatCompletion.streams([Self.chunk("Hel")], then: .stall)
        for try await _ in mock.client.createChatCompletionStream(Self.question) { break }
    }
}
