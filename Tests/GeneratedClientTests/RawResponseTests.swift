import Foundation
import Testing
import XAI

/// `client.raw`: every operation's value together with the status, headers, request id and rate
/// limits of its answer, over real HTTP against the local mock server.
@Suite struct RawResponseTests {
    static let rateLimitHeaders = "x-ratelimit-limit-requests=60; x-ratelimit-remaining-requests=59; x-ratelimit-reset-requests=1s; x-ratelimit-limit-tokens=100000; x-ratelimit-remaining-tokens=99000; x-ratelimit-reset-tokens=6m0s"

    @Test func aRawCallCarriesTheValueStatusRequestIDAndRateLimits() async throws {
        let client = try LiveServerTests.client(headers: ["x-mock-response-headers": Self.rateLimitHeaders])
        let answer = try await client.raw.listModels()
        #expect(answer.status == 200)
        #expect(answer.operationID == "listModels")
        #expect(answer.value == (try await client.listModels()))
        let requestID = try #require(answer.requestID)
        #expect(requestID.hasPrefix("req_"))
        #expect(answer.headers[.contentType] == "application/json")
        #expect(answer.rateLimit.requests == RateLimit.Window(limit: 60, remaining: 59, reset: "1s"))
        #expect(answer.rateLimit.tokens == RateLimit.Window(limit: 100_000, remaining: 99_000, reset: "6m0s"))
        #expect(answer.rateLimit.headers.count == 6)
    }

    @Test func anAnswerWithoutRateLimitHeadersHasNone() async throws {
        let answer = try await LiveServerTests.client().raw.listModels()
        #expect(answer.rateLimit == RateLimit(.init()))
        #expect(answer.rateLimit.requests == nil && answer.rateLimit.tokens == nil)
    }

    @Test func aRawCallThrowsWhatThePlainCallThrows() async throws {
        let client = try LiveServerTests.client(fault: "429", retry: .none)
        await #expect {
            _ = try await client.raw.listModels()
        } throws: { error in
            guard case APIClientError.api(let api) = error else { return false }
            return api.status == 429 && api.requestID != nil
        }
    }

    /// The head arrives while the server holds back the first event for a minute: the call returns
    /// with the status, headers and request id long before it.
    @Test func aRawStreamHasItsHeadBeforeTheFirstEvent() async throws {
        let client = try LiveServerTests.client(
            fault: "late-first-event", headers: ["x-mock-gap-seconds": "60", "x-mock-response-headers": Self.rateLimitHeaders])
        let started = ContinuousClock.now
        let answer = try await client.raw.createChatCompletionStream(try LiveServerTests.chatRequest)
        #expect(ContinuousClock.now - started < .seconds(30), "the head waited for the first event")
        #expect(answer.status == 200)
        #expect(answer.headers[.contentType] == "text/event-stream")
        #expect(answer.requestID?.hasPrefix("req_") == true)
        #expect(answer.rateLimit.requests?.remaining == 59)
        // Dropping the answer unread cancels the request the server is still holding.
    }

    @Test func aRawStreamReadsItsEventsOnceThenSays() async throws {
        let answer = try await LiveServerTests.client().raw.createChatCompletionStream(try LiveServerTests.chatRequest)
        var content = ""
        for try await chunk in answer.value { content += chunk.choices.first?.delta.content ?? "" }
        var plain = ""
        for try await chunk in try LiveServerTests.client().createChatCompletionStream(try LiveServerTests.chatRequest) {
            plain += chunk.choices.first?.delta.content ?? ""
        }
        #expect(!content.isEmpty)
        #expect(content == plain)
        await #expect {
            for try await _ in answer.value {}
        } throws: { error in
            guard case APIClientError.invalidRequest(let message) = error else { return false }
            return message.contains("read once")
        }
    }

    @Test func aRawStreamAnsweredWithAnErrorThrowsBeforeReturning() async throws {
        let client = try LiveServerTests.client(fault: "error-200")
        await #expect {
            _ = try await client.raw.createChatCompletionStream(try LiveServerTests.chatRequest)
        } throws: { error in
            guard case APIClientError.stream(let failure) = error else { return false }
            return failure.kind == .errorEvent
        }
    }
}
