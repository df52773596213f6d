import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@_spi(Generated) import GeneratedClientRuntime
import HTTPTypes
import Testing
import XAI

/// The client against a server that redirects, goes silent, floods, cuts bodies off and sends
/// errors with a success status (Tests/Python/hostile_server.py, loopback only), over the default
/// transport. The server's log (`/__log?key=K`) says what reached it, and how much of each answer it
/// could write before the client left. Tests whose answers close connections use servers of their
/// own (`instance`): a connection the server closes just after answering can be handed by the pool
/// to the next request, which then fails before reaching the server.
@Suite struct HostileServerTests {
    struct Arrival: Decodable {
        var method: String
        var path: String
        var headers: [String: String]
        var bytesWritten: Int
        var disconnected: Bool
        enum CodingKeys: String, CodingKey {
            case method, path, headers, disconnected
            case bytesWritten = "bytes_written"
        }
    }

    /// One test's server, key and client.
    struct Scene {
        let server: LocalServer
        let key = UUID().uuidString
        let client: APIClient

        init(instance: String = "", apiKey: String? = "secret-test-key", security: [[SecurityScheme]] = [[.bearer]], _ configure: (inout APIClientConfiguration) -> Void = { _ in }) throws {
            server = try LocalServer.shared("hostile_server.py", instance: instance)
            var configuration = APIClientConfiguration(headers: ["x-test-key": key, "x-configured": "configured-secret"])
            configuration.retry = LiveServerTests.fast(.default)
            configure(&configuration)
            client = try APIClient(serverURL: server.baseURL, apiKey: apiKey, security: security, configuration: configuration)
        }

        func request(_ method: HTTPRequest.Method = .get, _ path: String, _ query: [(String, String)] = []) -> APIClient.Request {
            var request = APIClient.Request(method: method, path: path, operationID: "hostile")
            request.query = query
            if method == .post { request.setBody(Data("{\"model\":\"grok-4\"}".utf8), contentType: "application/json") }
            return request
        }

        /// Read over a connection of its own (URLSession), so the log never depends on the pool of
        /// the client under test.
        func log(of server: LocalServer? = nil) async throws -> [Arrival] {
            var address = URLComponents(string: (server ?? self.server).baseURL + "/__log")!
            address.queryItems = [URLQueryItem(name: "key", value: key)]
            let session = URLSession(configuration: .ephemeral)
            defer { session.finishTasksAndInvalidate() }
            let (data, _) = try await session.data(from: address.url!)
            return try JSONDecoder().decode([Arrival].self, from: data)
        }
    }

    // MARK: Redirects

    /// A transport that follows would re-send the POST as a GET without its body and decode whatever
    /// that answers as the result: a success for work that was never done.
    @Test(arguments: [301, 302, 303, 307, 308])
    func aRedirectedPostIsAnErrorNamingStatusAndLocation(status: Int) async throws {
        let scene = try Scene()
        let error = await #expect(throws: APIClientError.self) {
            _ = try await scene.client.send(scene.request(.post, "/redirect", [("status", "\(status)"), ("to", "/echo")]))
        }
        guard case .redirected(let redirect)? = error else { Issue.record("expected .redirected, got \(String(describing: error))"); return }
        #expect(redirect.status == status)
        #expect(redirect.location == "/echo")
        #expect(try await scene.log().map(\.method) == ["POST"])
    }

    @Test func aSameOriginGetIsFollowedOnlyWhenAllowed() async throws {
        let refusing = try Scene()
        await #expect(throws: APIClientError.self) { _ = try await refusing.client.send(refusing.request(.get, "/redirect", [("to", "/echo")])) }
        #expect(try await refusing.log().map(\.path).count == 1)

        let following = try Scene { $0.redirects = .followSameOrigin() }
        let echo = try await following.client.send(following.request(.get, "/redirect", [("to", "/echo")])).decode(JSONValue.self)
        #expect(echo["path"]?.stringValue == "/echo")
        #expect(echo["headers"]?["authorization"]?.stringValue == "Bearer secret-test-key")
        #expect(try await following.log().map(\.path) == ["/redirect?to=%2Fecho", "/echo"])
    }

    /// Whatever the setting, neither the key (bearer or an API-key header) nor a configured header
    /// reaches another origin: the other server never hears from the client.
    @Test(arguments: [[[SecurityScheme.bearer]], [[SecurityScheme.apiKey(name: "x-api-key", in: .header)]]])
    func noCredentialCrossesToAnotherOrigin(security: [[SecurityScheme]]) async throws {
        let other = try LocalServer.shared("hostile_server.py", instance: "other-origin")
        let scene = try Scene(security: security) { $0.redirects = .followSameOrigin() }
        let error = await #expect(throws: APIClientError.self) {
            _ = try await scene.client.send(scene.request(.get, "/redirect", [("to", other.baseURL + "/echo")]))
        }
        guard case .redirected(let redirect)? = error else { Issue.record("expected .redirected, got \(String(describing: error))"); return }
        #expect(redirect.reason.contains("origin"))
        #expect(try await scene.log(of: other).isEmpty)
    }

    @Test func aRedirectedPostIsRefusedEvenWhenSameOriginRedirectsAreAllowed() async throws {
        let scene = try Scene { $0.redirects = .followSameOrigin() }
        await #expect(throws: APIClientError.self) { _ = try await scene.client.send(scene.request(.post, "/redirect", [("status", "307"), ("to", "/echo")])) }
        #expect(try await scene.log().count == 1)
    }

    // MARK: Tolerance with a floor

    /// An error sent with 200 is the error, not a `ChatResponse` of placeholders.
    @Test func anErrorBodyWithStatus200IsAnAPIError() async throws {
        let scene = try Scene()
        let xai = XAIClient(client: scene.client)
        let error = await #expect(throws: APIClientError.self) {
            _ = try await xai.client.send(scene.request(.get, "/error-200")).decode(ChatResponse.self)
        }
        guard case .api(let api)? = error else { Issue.record("expected .api, got \(String(describing: error))"); return }
        #expect(api.status == 200)
        #expect(api.message == "The model failed (sent with 200).")
        #expect(api.requestID == "req-error-200")
    }

    /// A models list is not a `File`: it carries one of File's five required keys (`object`).
    @Test func theAnswerOfAnotherOperationIsADecodingError() async throws {
        let scene = try Scene()
        let error = await #expect(throws: APIClientError.self) {
            _ = try await scene.client.send(scene.request(.get, "/models-list")).decode(XAI.File.self)
        }
        guard case .decoding(let failure)? = error else { Issue.record("expected .decoding, got \(String(describing: error))"); return }
        #expect(failure.reason.contains("lacks 4 of its 5 required keys"))
    }

    // MARK: Limits

    @Test func aContentLengthOverTheLimitFailsBeforeReading() async throws {
        let scene = try Scene(instance: "closing") { $0.limits.maximumResponseBytes = 1 << 20 }
        let error = await #expect(throws: APIClientError.self) {
            _ = try await scene.client.send(scene.request(.get, "/claim", [("bytes", "\(1 << 30)")]))
        }
        guard case .limitExceeded(let limit)? = error else { Issue.record("expected .limitExceeded, got \(String(describing: error))"); return }
        #expect(limit.limit == .maximumResponseBytes)
        #expect(limit.description.contains("Content-Length 1073741824"))
        #expect(limit.description.contains("1 MiB (APIClientConfiguration.limits.maximumResponseBytes)"))
    }

    /// A chunked body with no length is cut off as soon as it passes the limit: the server could not
    /// write much more than the limit before the connection closed.
    @Test(.timeLimit(.minutes(1))) func aChunkedBodyOverTheLimitStopsAtTheLimit() async throws {
        let scene = try Scene(instance: "closing") { $0.limits.maximumResponseBytes = 4 << 20 }
        await #expect(throws: APIClientError.self) {
            _ = try await scene.client.send(scene.request(.get, "/big", [("bytes", "\(512 << 20)"), ("length", "chunked")]))
        }
        let sent = try await eventually { try await scene.log().first.flatMap { $0.disconnected ? $0.bytesWritten : nil } }
        #expect(sent < 64 << 20, "the server wrote \(sent) bytes")
    }

    /// A 500 with a gigabyte body: one MiB is kept, the connection is closed, and the retries of the
    /// GET each read no more.
    @Test(.timeLimit(.minutes(1))) func aHugeErrorBodyIsKeptToTheLimitAndNotDownloaded() async throws {
        let scene = try Scene(instance: "closing")
        let error = await #expect(throws: APIClientError.self) {
            _ = try await scene.client.send(scene.request(.get, "/big-error", [("bytes", "\(1 << 30)")]))
        }
        guard case .api(let api)? = error else { Issue.record("expected .api, got \(String(describing: error))"); return }
        #expect(api.status == 500)
        #expect(api.body.count == 1 << 20)
        #expect(api.bodyTruncated)
        var seen: [Arrival] = []
        let arrivals = try await eventually(describing: { "the server wrote \(seen.map { "\($0.bytesWritten) bytes (disconnected: \($0.disconnected))" })" }) { () -> [Arrival]? in
            seen = try await scene.log()
            return seen.count == 3 && seen.allSatisfy(\.disconnected) ? seen : nil
        }
        for arrival in arrivals { #expect(arrival.bytesWritten < 64 << 20, "the server wrote \(arrival.bytesWritten) bytes") }
    }

    @Test(.timeLimit(.minutes(1))) func anEventLineOverTheLimitEndsTheStream() async throws {
        let scene = try Scene(instance: "closing") { $0.limits.maximumEventLineBytes = 1 << 20 }
        let stream = scene.client.stream(of: JSONValue.self) { scene.request(.get, "/sse-line", [("bytes", "\(1 << 30)")]) }
        let error = await #expect(throws: APIClientError.self) { for try await _ in stream {} }
        guard case .limitExceeded(let limit)? = error else { Issue.record("expected .limitExceeded, got \(String(describing: error))"); return }
        #expect(limit.limit == .maximumEventLineBytes)
        let sent = try await eventually { try await scene.log().first.flatMap { $0.disconnected ? $0.bytesWritten : nil } }
        #expect(sent < 64 << 20, "the server wrote \(sent) bytes")
    }

    // MARK: The pool

    /// Twelve calls held by a silent server leave room for a thirteenth (AsyncHTTPClient's own
    /// default of 8 connections per host would queue it behind them).
    @Test(.timeLimit(.minutes(1))) func twelveSilentCallsDoNotHoldUpAThirteenth() async throws {
        let scene = try Scene(instance: "closing")
        let held = (0..<12).map { _ in Task { try await scene.client.send(scene.request(.get, "/silent", [("seconds", "30")])) } }
        defer { held.forEach { $0.cancel() } }
        _ = try await eventually { try await scene.log().count == 12 ? true : nil }
        let clock = ContinuousClock()
        let start = clock.now
        let answer = try await scene.client.send(scene.request(.get, "/ok"))
        #expect(answer.status == 200)
        #expect(clock.now - start < .seconds(2))
    }

    // MARK: Inputs

    @Test(arguments: ["", ".", "..", "%2e%2E", "%2E"])
    func aPathParameterThatWouldChangeThePathIsRefused(fileID: String) async throws {
        let scene = try Scene()
        let xai = XAIClient(client: scene.client)
        let error = await #expect(throws: APIClientError.self) { _ = try await xai.deleteFile(fileID: fileID) }
        guard case .invalidRequest(let reason)? = error else { Issue.record("expected .invalidRequest, got \(String(describing: error))"); return }
        #expect(reason.contains("would change the request's path"))
        #expect(try await scene.log().isEmpty)
    }

    @Test(arguments: [("x-ok", "a\r\nx-injected: 1"), ("x-ok", "a\u{0}b"), ("bad name", "v"), ("x-ok\n", "v")])
    func aConfiguredHeaderHTTPCannotCarryIsRefusedAtConfiguration(name: String, value: String) throws {
        let configuration = APIClientConfiguration(headers: [name: value])
        #expect(throws: APIClientError.self) { try APIClient(serverURL: "http://127.0.0.1:1", apiKey: "k", configuration: configuration) }
    }

    @Test func aKeyWithALineBreakIsRefused() {
        #expect(throws: APIClientError.self) { try APIClient(serverURL: "http://127.0.0.1:1", apiKey: "key\r\n") }
    }

    @Test func aHeaderParameterWithALineBreakIsRefusedBeforeSending() async throws {
        let scene = try Scene()
        var request = scene.request(.get, "/echo")
        request.setHeader("x-parameter", "a\r\nx-injected: 1")
        await #expect(throws: APIClientError.self) { _ = try await scene.client.send(request) }
        #expect(try await scene.log().isEmpty)
    }

    // MARK: Time

    /// A Retry-After longer than the time left: the 429 at once, with its message and request id,
    /// not a `.timedOut` at the deadline.
    @Test(.timeLimit(.minutes(1))) func aRetryAfterPastTheDeadlineThrowsTheAnswerAtOnce() async throws {
        let scene = try Scene {
            $0.timeout = .seconds(30)
            $0.retry.maxRetryAfter = .seconds(300)
        }
        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: APIClientError.self) {
            _ = try await scene.client.send(scene.request(.get, "/status", [("status", "429"), ("retry_after", "120")]))
        }
        #expect(clock.now - start < .seconds(10))
        guard case .api(let api)? = error else { Issue.record("expected .api, got \(String(describing: error))"); return }
        #expect(api.status == 429)
        #expect(api.requestID == "req-429")
        #expect(api.message == "Slow down (status 429).")
    }

    /// A body cut off after a 2xx head is a dropped connection: a GET is sent again.
    @Test func aGetWhoseBodyIsCutIsRetried() async throws {
        let scene = try Scene(instance: "cut-get")
        let thing = try await scene.client.send(scene.request(.get, "/cut", [("heal", "2")])).decode(JSONValue.self)
        #expect(thing["id"]?.stringValue == "whole")
        #expect(try await scene.log().map { $0.headers["x-retry-count"] } == [nil, "1"])
    }

    @Test func aPostWhoseBodyIsCutIsNotRetried() async throws {
        let scene = try Scene(instance: "cut-post")
        let error = await #expect(throws: APIClientError.self) { _ = try await scene.client.send(scene.request(.post, "/cut", [("heal", "2")])) }
        let log = try await scene.log()
        #expect(log.count == 1, "\(log.map { "\($0.method) \($0.path) retry \($0.headers["x-retry-count"] ?? "-")" }) after \(String(describing: error))")
    }

    /// A stream whose consumer is cancelled while the client waits to retry ends with `.cancelled`,
    /// never as a stream that seems complete.
    @Test(.timeLimit(.minutes(1)), arguments: 0..<5)
    func aStreamCancelledDuringARetryWaitThrowsCancelled(run: Int) async throws {
        let scene = try Scene(instance: "stream-cancel") {
            $0.retry.initialBackoff = .seconds(20)
            $0.retry.maxBackoff = .seconds(20)
        }
        let stream = scene.client.stream(of: JSONValue.self) { scene.request(.get, "/status", [("status", "503")]) }
        let consumer = Task {
            var events = 0
            for try await _ in stream { events += 1 }
            return events
        }
        _ = try await eventually { try await scene.log().count == 1 ? true : nil }
        try await Task.sleep(for: .milliseconds(100))
        consumer.cancel()
        let result = await consumer.result
        guard case .failure(APIClientError.cancelled) = result else {
            Issue.record("expected APIClientError.cancelled, got \(result)")
            return
        }
    }

    /// Calls leave resident memory where it was: each call's deadline is released with it (a
    /// cancelled hour-long sleep per call held about 750 bytes for the rest of the hour, 7.5 MB per
    /// 10,000 calls). A leak grows every round; the allocator's and the pool's one-off growth do not,
    /// so the promise is on the smallest growth of three rounds of 10,000 calls.
    @Test(.timeLimit(.minutes(3))) func callsKeepMemoryFlat() async throws {
        let scene = try Scene(instance: "soak")
        func calls(_ count: Int) async throws {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<8 {
                    group.addTask {
                        for _ in stride(from: worker, to: count, by: 8) { _ = try await scene.client.send(scene.request(.get, "/ok")) }
                    }
                }
                try await group.waitForAll()
            }
        }
        try await calls(2_000)
        var growths: [Int] = []
        for _ in 0..<3 {
            let before = try residentBytes()
            try await calls(10_000)
            growths.append(try residentBytes() - before)
        }
        #expect(growths.min()! < 2 << 20, "resident memory grew by \(growths) bytes in rounds of 10,000 calls")
    }

    // MARK: Helpers

    /// Polls `check` until it gives a value (the server's log catches up with the client), at most 30 s.
    func eventually<T>(describing state: () -> String = { "" }, _ check: () async throws -> T?) async throws -> T {
        for _ in 0..<600 {
            if let value = try await check() { return value }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TestFailure("the condition did not hold within 30 s; \(state())")
    }

    func residentBytes() throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { throw TestFailure("no VmRSS in /proc/self/status") }
        return kilobytes * 1024
    }
}
