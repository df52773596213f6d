@_spi(Generated) import GeneratedClientRuntime
import Foundation
import XAI
import Testing

/// The Responses API and the endpoints added from xAI's REST reference, through the real client
/// over HTTP against the local mock server (which validates every request with openapi-core).
/// Bodies recorded from xAI's live API (../shared/evidence/xai-recorded/) are replayed by the
/// server, cut into small network writes, and must decode strictly, with no `.unknown` anywhere.
@Suite struct ResponsesAPITests {
    static let evidence = TestPaths.root + "/../shared/evidence/xai-recorded/"

    /// Collects every decoding issue the client reports.
    final class Issues: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [DecodingIssue] = []
        func add(_ issue: DecodingIssue) { lock.withLock { list.append(issue) } }
        var all: [DecodingIssue] { lock.withLock { list } }
    }

    static func client(strict issues: Issues? = nil, headers: [String: String] = [:]) throws -> XAIClient {
        var hook: (@Sendable (DecodingIssue) -> Void)?
        if let issues { hook = { issues.add($0) } }
        let mode: DecodingMode = issues == nil ? .tolerant : .strict
        let configuration = APIClientConfiguration(headers: headers, retry: .none, decodingMode: mode, onDecodingIssue: hook)
        return try XAIClient(apiKey: "xai-test-key", serverURL: try LocalServer.mock().baseURL, configuration: configuration)
    }

    static func replaying(_ file: String, splitBytes: Int, issues: Issues) throws -> XAIClient {
        try client(strict: issues, headers: ["x-mock-replay": evidence + file, "x-mock-split-bytes": String(splitBytes)])
    }

    static let request = ModelRequest(input: [.user("Reply with exactly: hello")], model: "grok-4.3")

    // MARK: recorded bodies

    @Test(arguments: [
        ("responses-stream-reasoning-grok-4.3.sse-data.txt", 7),
        ("responses-stream-web-search-grok-4-fast.sse-data.txt", 5),
        ("responses-stream-web-search-grok-4-fast.sse-data.txt", 64),
    ])
    func recordedStreamDecodesStrictly(_ file: String, _ splitBytes: Int) async throws {
        let lines = try String(contentsOfFile: Self.evidence + file, encoding: .utf8).split(separator: "\n").filter { !$0.isEmpty }
        let issues = Issues()
        var events: [ResponseStreamEvent] = []
        for try await event in try Self.replaying(file, splitBytes: splitBytes, issues: issues).createResponseStream(Self.request) {
            events.append(event)
        }
        #expect(events.count == lines.count)
        #expect(events.filter(\.isUnknownAnywhere).isEmpty)
        #expect(issues.all.isEmpty, "\(issues.all)")
        // The same events fold into the final response, as the last event states it.
        let folded = try await Self.replaying(file, splitBytes: splitBytes, issues: issues).createResponseStream(Self.request).accumulated()
        guard case .responseCompleted(let completed)? = events.last, let final = completed.response else {
            Issue.record("the stream does not end with response.completed")
            return
        }
        #expect(folded == final)
        #expect(!folded.outputText.isEmpty)
    }

    /// With the final event's output taken away, `accumulated()` must rebuild it from the deltas:
    /// reasoning summary, text, citations and tool calls, as recorded.
    @Test(arguments: ["responses-stream-reasoning-grok-4.3.sse-data.txt", "responses-stream-web-search-grok-4-fast.sse-data.txt"])
    func accumulatedAssemblesTheOutputFromDeltas(_ file: String) async throws {
        var lines = try String(contentsOfFile: Self.evidence + file, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        var last = try #require(try JSONSerialization.jsonObject(with: Data(lines.removeLast().utf8)) as? [String: Any])
        var response = try #require(last["response"] as? [String: Any])
        let recordedOutput = try JSONSerialization.data(withJSONObject: try #require(response["output"]))
        response["output"] = [Any]()
        last["response"] = response
        lines.append(String(decoding: try JSONSerialization.data(withJSONObject: last), as: UTF8.self))
        let stripped = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).sse-data.txt")
        try lines.joined(separator: "\n").write(to: stripped, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: stripped) }

        let issues = Issues()
        let client = try Self.client(strict: issues, headers: ["x-mock-replay": stripped.path, "x-mock-split-bytes": "13"])
        let folded = try await client.createResponseStream(Self.request).accumulated()
        var recorded = folded
        recorded.output = try JSONCoding.decode([ModelOutput].self, from: recordedOutput, mode: .strict)
        // Items keep their kinds and order; text, summaries and citations are rebuilt exactly. (The
        // web search recording lists a call's sources in another order in its final event than in
        // the call's own output_item.done, so whole items are not compared.)
        #expect(folded.output.map(\.kind) == recorded.output.map(\.kind))
        #expect(folded.outputText == recorded.outputText && !folded.outputText.isEmpty)
        #expect(folded.reasoningSummaryText == recorded.reasoningSummaryText)
        #expect(folded.citations == recorded.citations)
        #expect(issues.all.isEmpty)
    }

    @Test func reasoningStreamCarriesItsSummary() async throws {
        let issues = Issues()
        let stream = try Self.replaying("responses-stream-reasoning-grok-4.3.sse-data.txt", splitBytes: 3, issues: issues)
            .createResponseStream(Self.request)
        var summary = ""
        var answer = ""
        for try await event in stream {
            switch event {
            case .responseReasoningSummaryTextDelta(let delta): summary += delta.delta ?? ""
            case .responseOutputTextDelta(let delta): answer += delta.delta ?? ""
            default: break
            }
        }
        #expect(summary == "The user says: \"Reply with exactly: hello\"\n")
        #expect(answer == "hello")
        #expect(issues.all.isEmpty)
    }

    @Test func webSearchStreamCarriesCallsAndCitations() async throws {
        let issues = Issues()
        let stream = try Self.replaying("responses-stream-web-search-grok-4-fast.sse-data.txt", splitBytes: 11, issues: issues)
            .createResponseStream(Self.request)
        var searching = 0
        var citations: [Annotation] = []
        var queries: [String] = []
        for try await event in stream {
            switch event {
            case .responseWebSearchCallSearching: searching += 1
            case .responseOutputTextAnnotationAdded(let added): citations += added.annotation.map { [$0] } ?? []
            case .responseOutputItemDone(let done):
                if case .webSearchCall(let call)? = done.item, case .search(let search)? = call.action { queries.append(search.query) }
            default: break
            }
        }
        #expect(searching == 2)
        #expect(citations.count == 9)
        #expect(queries == ["current title of https://x.ai site:x.ai", "https://x.ai"])
        #expect(issues.all.isEmpty)
    }

    @Test func recordedResponseDecodesStrictly() async throws {
        let issues = Issues()
        let response = try await Self.replaying("responses-reasoning-grok-4.3.json", splitBytes: 9, issues: issues).createResponse(Self.request)
        #expect(issues.all.isEmpty)
        #expect(!response.output.contains { $0.isUnknownAnywhere })
        #expect(response.outputText == "hello")
        #expect(response.reasoningSummaryText == "The user says: \"Reply with exactly: hello\"\n")
        // 3,893,500 ticks of 1/10,000,000,000 dollar.
        #expect(response.costInUSD == Decimal(string: "0.00038935"))
        guard case .modelUsage(let usage)? = response.usage else {
            Issue.record("usage is not the Responses shape")
            return
        }
        #expect(usage.contextDetails?.inputTokens == 197)
    }

    @Test func olderAndNewerToolCallShapesBothDecode() throws {
        let older = #"{"type": "web_search_call", "id": "ws_1", "status": "completed", "call_id": "call_1", "name": "web_search", "arguments": "{\"query\": \"xAI\"}"}"#
        let code = #"{"type": "code_interpreter_call", "id": "ci_1", "status": "completed", "call_id": "call_2", "name": "code_execution", "arguments": "{\"code\": \"print(1)\"}"}"#
        guard case .webSearchCall(let search) = try JSONCoding.decode(ModelOutput.self, from: Data(older.utf8), mode: .strict),
              case .codeInterpreterCall(let interpreter) = try JSONCoding.decode(ModelOutput.self, from: Data(code.utf8), mode: .strict) else {
            Issue.record("not decoded as web_search_call and code_interpreter_call")
            return
        }
        #expect(search.callID == "call_1" && search.name == "web_search" && search.action == nil)
        #expect(interpreter.arguments == #"{"code": "print(1)"}"# && interpreter.outputs == nil)
    }

    // MARK: endpoints added from the reference

    @Test func functionCallingLoopContinuesOnPreviousResponseID() async throws {
        struct WeatherQuery: Decodable { var city: String }
        let weather = ModelTool.function(.init(name: "get_weather", parameters: ["type": "object", "properties": ["city": ["type": "string"]]]))
        let xai = try Self.client(strict: Issues())
        let answer = try await xai.respond(ModelRequest(input: [.user("Weather in Paris?")], model: "grok-4.3", tools: [weather])) { call in
            let query = try call.decodeArguments(as: WeatherQuery.self)
            return #"{"city": "\#(query.city)", "temperature_celsius": 21}"#
        }
        #expect(answer.outputText == "It is 21 °C in Paris.")
        #expect(answer.previousResponseID == "resp_weather_1")
        #expect(answer.costInUSD == Decimal(string: "0.00012345"))
    }

    @Test func compactsAConversation() async throws {
        let xai = try Self.client(strict: Issues())
        let next = try await xai.compact([.system("You are a tutor."), .user("What is the Higgs boson?"), .assistant("An elementary particle.")],
                                         model: "grok-4.3", then: [.user("And the Higgs field?")])
        guard case .modelInputParts(let parts) = next, case .compaction(let item)? = parts.first else {
            Issue.record("no compaction item first: \(next)")
            return
        }
        #expect(item.encryptedContent.hasPrefix("gAAAA"))
        #expect(parts.count == 2)
        _ = try await xai.createResponse(ModelRequest(input: next, model: "grok-4.3"))
    }

    @Test func batchFromCreationToPagedResults() async throws {
        let xai = try Self.client(strict: Issues())
        let batch = try await xai.createBatch(CreateBatchRequest(name: "nightly-eval"))
        #expect(batch.batchID == "batch_5a1c0e2d")
        let question = ChatRequest(messages: [.user("What is 2+2?")], model: "grok-4.3")
        try await xai.addChatRequests([("q1", question), ("q2", question)], toBatch: batch.batchID)
        let done = try await xai.waitUntilDone(batchID: batch.batchID, polling: PollingPolicy(interval: .milliseconds(10), timeout: .seconds(10)))
        #expect(done.state?.numPending == 0)
        var ids: [String] = []
        var answers: [String] = []
        for try await result in xai.batchResults(batchID: batch.batchID, pageSize: 2) {
            ids.append(result.batchRequestID)
            if let answer = result.chatCompletion?.choices.first?.message.content { answers.append(answer) }
        }
        #expect(ids == ["q1", "q2", "q3", "q4"])  // two pages, joined by pagination_token
        #expect(answers == ["4", "6", "8"])
        #expect(try await xai.listBatches(limit: 10).batches.count == 1)
        #expect(try await xai.listBatchRequests(batchID: batch.batchID).batchRequestMetadata.count == 3)
        #expect(try await xai.cancelBatch(batchID: batch.batchID).state?.numCancelled == 2)
    }

    @Test func cancelPathKeepsTheColonAfterTheID() throws {
        let request = try XAIClient(apiKey: "k").cancelBatchRequest(batchID: "batch_1")
        #expect(request.path == "/v1/batches/batch_1:cancel")
    }

    @Test func speaksTranscribesAndMintsClientSecrets() async throws {
        let xai = try Self.client(strict: Issues())
        let audio = try await xai.createSpeech(SpeechRequest(text: "Hello from Swift.", voiceID: "eve", language: "en",
                                                              outputFormat: SpeechOutputFormat(codec: .mp3, sampleRate: 24000)))
        #expect(audio.starts(with: Data("ID3".utf8)))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("speech-\(UUID().uuidString).mp3")
        defer { try? FileManager.default.removeItem(at: file) }
        try await xai.createSpeech(SpeechRequest(text: "Hello.", language: "en"), to: file)
        #expect(try Data(contentsOf: file) == audio)

        let transcript = try await xai.transcribeAudio(TranscriptionRequest(language: "en", file: FileUpload(data: audio, filename: "speech.mp3", contentType: "audio/mpeg")))
        #expect(transcript.text == "Hello from the mock server.")
        #expect(transcript.words?.count == 5)

        #expect(try await xai.listVoices().voices.map(\.voiceID) == ["eve", "ara", "leo", "rex", "sal"])
        #expect(try await xai.getVoice(voiceID: "eve").name == "Eve")
        let secret = try await xai.createRealtimeClientSecret(ClientSecretRequest(expiresAfter: .init(seconds: 300)))
        #expect(!secret.value.isEmpty && secret.expiresAt > 0)
    }

    /// Live Search is retired: `search_parameters` (deprecated in the client) answers 410 Gone.
    @Test func liveSearchAnswers410Gone() async throws {
        let body = #"{"model": "grok-4", "messages": [{"role": "user", "content": "News?"}], "search_parameters": {"mode": "auto"}}"#
        let request = try JSONCoding.decode(ChatRequest.self, from: Data(body.utf8), mode: .strict)
        do {
            _ = try await Self.client().createChatCompletion(request)
            Issue.record("no error")
        } catch APIClientError.api(let failure) {
            #expect(failure.status == 410)
            #expect(failure.message?.contains("Live search is deprecated") == true, "\(failure)")
        }
    }

    @Test func costIsExactInDollars() {
        #expect(USDTicks.dollars(10_000_000_000) == 1)
        #expect(USDTicks.dollars(1) == Decimal(string: "0.0000000001"))
        #expect(USDTicks.dollars(132_865_000) == Decimal(string: "0.0132865"))
    }
}

extension ResponseStreamEvent {
    /// The event, or an item or part inside it, fell back to `.unknown`.
    var isUnknownAnywhere: Bool {
        switch self {
        case .unknown: true
        case .responseOutputItemAdded(let e): e.item?.isUnknownAnywhere ?? false
        case .responseOutputItemDone(let e): e.item?.isUnknownAnywhere ?? false
        case .responseContentPartAdded(let e): e.part?.isUnknown ?? false
        case .responseContentPartDone(let e): e.part?.isUnknown ?? false
        case .responseCreated(let e): e.response?.output.contains { $0.isUnknownAnywhere } ?? false
        case .responseCompleted(let e): e.response?.output.contains { $0.isUnknownAnywhere } ?? false
        default: false
        }
    }
}

extension ModelOutput {
    var isUnknownAnywhere: Bool {
        switch self {
        case .unknown: true
        case .message(let message): message.content.contains(where: \.isUnknown)
        case .webSearchCall(let call): if case .unknown? = call.action { true } else { false }
        default: false
        }
    }
}

extension ModelOutput {
    var kind: String { String(describing: self).prefix { $0 != "(" }.description }
}

extension OutputMessageContent {
    var isUnknown: Bool { if case .unknown = self { true } else { false } }
}
