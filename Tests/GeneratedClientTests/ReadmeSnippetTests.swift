import ClientRuntime
import Foundation
import GeneratedClient
import Testing

/// The README's snippets, compiled and run against the local mock server so the README stays true.
@Suite struct ReadmeSnippetTests {
    let xai: XAIClient

    init() throws {
        xai = try XAIClient(apiKey: "xai-test-key", serverURL: try LocalServer.mock().baseURL)
    }

    @Test func firstRequestStreamingAndFolding() async throws {
        let request = ChatRequest(
            messages: [
                .system(.init(content: .string("You are Grok, a helpful assistant."))),
                .user(.init(content: .string("What is the meaning of life?"))),
            ],
            model: "grok-4"
        )
        let response = try await xai.createChatCompletion(request)
        #expect(response.choices.first?.message.content?.isEmpty == false)
        var streamed = ""
        for try await chunk in xai.createChatCompletionStream(request) {
            streamed += chunk.choices.first?.delta.content ?? ""
        }
        let final = try await xai.createChatCompletionStream(request).accumulated(as: ChatResponse.self)
        #expect(final.choices.first?.message.content == streamed)
    }

    @Test func imageUnderstandingStructuredOutputsAndTools() async throws {
        let look = ChatRequest(
            messages: [.user(.init(content: .contentParts([
                ContentPart(imageURL: ImageURL(url: "https://example.com/cat.jpg"), type: "image_url"),
                ContentPart(text: "What is in this picture?", type: "text"),
            ])))],
            model: "grok-4"
        )
        _ = try await xai.createChatCompletion(look)
        let structured = ChatRequest(
            messages: [.user(.init(content: .string("List three prime numbers.")))],
            model: "grok-4",
            responseFormat: .jsonSchema(.init(jsonSchema: [
                "name": "primes",
                "schema": ["type": "object", "properties": ["primes": ["type": "array", "items": ["type": "integer"]]]],
            ]))
        )
        _ = try await xai.createChatCompletion(structured)
        let weather = Tool.function(.init(function: FunctionDefinition(
            description: "Current temperature in a city.",
            name: "get_weather",
            parameters: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]]
        )))
        var messages: [Message] = [.user(.init(content: .string("Weather in Paris?")))]
        let answer = try await xai.createChatCompletion(ChatRequest(messages: messages, model: "grok-4", tools: [weather]))
        if let reply = answer.choices.first?.message, let calls = reply.toolCalls, !calls.isEmpty {
            // The assistant's message carrying the calls goes first, then one result per call.
            messages.append(.assistant(.init(content: reply.content.map(Content.string), toolCalls: calls)))
            for call in calls {
                messages.append(.tool(.init(content: .string(#"{"temperature_celsius": 21}"#), toolCallID: call.id)))
            }
            let final = try await xai.createChatCompletion(ChatRequest(messages: messages, model: "grok-4", tools: [weather]))
            print(final.choices.first?.message.content ?? "")
        }
        // The published answer makes one call: user, assistant with the call, its result.
        #expect(messages.count == 3)
        guard case .assistant(let assistant) = messages[1], case .tool(let result) = messages[2] else {
            Issue.record("expected the assistant's message, then the tool's result: \(messages)")
            return
        }
        #expect(assistant.toolCalls?.map(\.id) == [result.toolCallID ?? ""])
    }

    @Test func deferredFilesAndErrors() async throws {
        let messages: [Message] = [.user(.init(content: .string("Summarise the news.")))]
        let start = try await xai.client.send(try xai.createChatCompletionRequest(ChatRequest(deferred: true, messages: messages, model: "grok-4")))
        let requestID = try start.decode(StartDeferredChatResponse.self).requestID
        let result = try await xai.getDeferredChatCompletionWhenReady(requestID: requestID, polling: PollingPolicy(interval: .seconds(2), timeout: .seconds(600)))
        #expect(!result.choices.isEmpty)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("report".utf8).write(to: folder.appendingPathComponent("report.pdf"))
        let file = try await xai.uploadFile(UploadFileMultipartRequest(file: FileUpload(fileURL: folder.appendingPathComponent("report.pdf"))))
        try await xai.downloadFileContent(fileID: file.id, to: folder.appendingPathComponent("copy.pdf"))

        let failing = try XAIClient(apiKey: "bad", serverURL: try LocalServer.mock().baseURL,
                                    configuration: Configuration(headers: ["x-mock-fault": "auth-400"], retry: .none))
        do {
            _ = try await failing.listModels()
            Issue.record("expected an error")
        } catch let error as ClientError {
            switch error {
            case .api(let api): #expect(api.isAuthenticationError)
            case .decoding, .timedOut, .cancelled, .transport, .stream, .missingAPIKey, .invalidRequest: Issue.record("\(error)")
            }
        }
        _ = try XAIClient(apiKey: "xai-…", configuration: Configuration(headers: ["x-team": "search"], timeout: .seconds(600), retry: RetryPolicy(maxRetries: 4)))
    }
}
