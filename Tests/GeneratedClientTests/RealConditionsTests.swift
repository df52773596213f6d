@_spi(Generated) import GeneratedClientRuntime
import Foundation
import XAI
import Logging
import Testing

/// The client under the conditions its README promises to survive, each against the real local
/// server over the default transport (AsyncHTTPClient on Linux). The server's own request log
/// (`GET /__mock/log?key=K`) says what reached it and when it saw the client leave.
@Suite struct RealConditionsTests {
    /// A fault key, the client that sends it, and the server's log of what arrived with it.
    struct Scenario {
        let key = UUID().uuidString
        let headers: [String: String]

        init(_ fault: String, _ extra: [String: String] = [:]) {
            headers = extra.merging(["x-mock-fault": fault]) { first, _ in first }
        }

        func client(serverURL: String? = nil, configure: (inout APIClientConfiguration) -> Void = { _ in }) throws -> XAIClient {
            var configuration = APIClientConfiguration(headers: headers.merging(["x-mock-fault-key": key]) { first, _ in first })
            configuration.retry = LiveServerTests.fast(.default)
            configure(&configuration)
            return try XAIClient(apiKey: "xai-secret-test-key", serverURL: try serverURL ?? LocalServer.mock().baseURL, configuration: configuration)
        }

        struct Entry: Decodable {
            var path: String
            var headers: [String: String]
            var receivedAt: Double
            var disconnectedAt: Double?
            var chunksWritten: Int
            var bodyBytes: Int
            enum CodingKeys: String, CodingKey {
                case path, headers
                case bodyBytes = "body_bytes"
                case receivedAt = "received_at"
                case disconnectedAt = "disconnected_at"
                case chunksWritten = "chunks_written"
            }
        }

        func log() async throws -> [Entry] {
            let client = try XAIClient(serverURL: try LocalServer.mock().baseURL)
            var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/__mock/log", operationID: "log")
            request.query = [("key", key)]
            struct Log: Decodable { var requests: [Entry] }
            return try await client.client.send(request).decode(Log.self).requests
        }
    }

    static var chatRequest: ChatRequest { get throws { try LiveServerTests.chatRequest } }

    // MARK: Time limits

    /// AsyncHTTPClient's shared client gives up on a silent response after 90 s and the call is then
    /// sent again; the configured timeout (an hour) must be the only limit.
    @Test(.timeLimit(.minutes(4))) func aSilentAnswerLongerThanNinetySecondsArrivesOnce() async throws {
        let scenario = Scenario("slow", ["x-mock-delay-seconds": "95"])
        let models = try await scenario.client().listModels()
        #expect(!models.data.isEmpty)
        #expect(try await scenario.log().count == 1)
    }

    @Test(.timeLimit(.minutes(4))) func aStreamSilentForNinetyFiveSecondsInsideTheIdleLimitCompletes() async throws {
        let scenario = Scenario("gap-stream", ["x-mock-gap-seconds": "95"])
        var chunks = 0
        for try await _ in try scenario.client().createChatCompletionStream(try Self.chatRequest) { chunks += 1 }
        #expect(chunks >= 3)
        #expect(try await scenario.log().count == 1)
    }

    @Test(.timeLimit(.minutes(1))) func cancellingAStalledCallThrowsCancelled() async throws {
        let scenario = Scenario("slow", ["x-mock-delay-seconds": "30"])
        let client = try scenario.client()
        let call = Task { try await client.listModels() }
        try await Task.sleep(for: .milliseconds(300))
        call.cancel()
        let result = await call.result
        guard case .failure(APIClientError.cancelled) = result else {
            Issue.record("expected APIClientError.cancelled, got \(result)")
            return
        }
    }

    // MARK: Retries

    @Test(arguments: ["nan", "inf", "1e20", "-5", "garbage", "0"])
    func anyRetryAfterValueGivesABoundedDelay(_ value: String) async throws {
        for header in ["x-mock-retry-after", "x-mock-retry-after-ms"] {
            let scenario = Scenario("retry-after", [header: value])
            _ = try await scenario.client().listModels()
            let log = try await scenario.log()
            #expect(log.count == 2)
            #expect(log.last?.headers["x-retry-count"] == "1")
        }
    }

    /// The server may have processed a POST whose connection dropped: it is not sent again.
    @Test func aPostIsNotResentAfterTheConnectionDrops() async throws {
        let scenario = Scenario("connection-reset-once")
        await #expect(throws: APIClientError.self) { _ = try await scenario.client().createChatCompletion(try Self.chatRequest) }
        #expect(try await scenario.log().count == 1)
    }

    @Test func aGetIsResentAfterTheConnectionDrops() async throws {
        let scenario = Scenario("connection-reset-once")
        _ = try await scenario.client().listModels()
        let log = try await scenario.log()
        #expect(log.map { $0.headers["x-retry-count"] } == [nil, "1"])
    }

    @Test func aPostIsRetriedAfter503() async throws {
        let scenario = Scenario("503-once")
        _ = try await scenario.client().createChatCompletion(try Self.chatRequest)
        #expect(try await scenario.log().count == 2)
    }

    /// A refused connection never reached the server: retried for any method, and logged.
    @Test func aRefusedConnectionIsRetriedAndLogged() async throws {
        let messages = LogCapture()
        let closed = try ClosedPort()
        let client = try Scenario("none").client(serverURL: "http://127.0.0.1:\(closed.port)") {
            $0.logger = Logger(label: "test") { _ in messages }
        }
        await #expect(throws: APIClientError.self) { _ = try await client.createChatCompletion(try Self.chatRequest) }
        #expect(messages.lines.filter { $0.hasPrefix("retrying") }.count == 2)
        #expect(messages.lines.filter { $0.hasPrefix("sending") }.count == 3)
        #expect(!messages.lines.joined().contains("xai-secret-test-key"))
    }

    @Test func pollingGoesOnThrough503And429() async throws {
        let scenario = Scenario("poll-transient")
        let result = try await scenario.client()
            .getDeferredChatCompletionWhenReady(requestID: "req_1", polling: PollingPolicy(interval: .milliseconds(20), timeout: .seconds(30)))
        #expect(!result.choices.isEmpty)
        #expect(try await scenario.log().count == 4)
    }

    // MARK: Base URLs

    @Test(arguments: ["", "/", "/v1", "/v1/"])
    func baseURLsEndingInASlashOrV1(_ suffix: String) async throws {
        let scenario = Scenario("none")
        _ = try await scenario.client(serverURL: try LocalServer.mock().baseURL + suffix).listModels()
        #expect(try await scenario.log().map(\.path) == ["/v1/models"])
    }

    // MARK: Streams

    @Test(.timeLimit(.minutes(1))) func leavingAStreamClosesTheConnectionWithinASecond() async throws {
        let scenario = Scenario("ticking-stream", ["x-mock-interval-ms": "100", "x-mock-chunks": "600"])
        var seen = 0
        for try await _ in try scenario.client().createChatCompletionStream(try Self.chatRequest) {
            seen += 1
            if seen == 3 { break }
        }
        let left = Date().timeIntervalSince1970
        var disconnected: Double?
        for _ in 0..<100 where disconnected == nil {
            try await Task.sleep(for: .milliseconds(50))
            disconnected = try await scenario.log().first?.disconnectedAt
        }
        let gone = try #require(disconnected, "the server never saw the client leave")
        #expect(gone - left < 1.0)
    }

    /// Cancelling the task that consumes a stalled stream ends the loop and closes the connection at
    /// once, not after the server's 30 s stall.
    @Test(.timeLimit(.minutes(1))) func cancellingTheConsumerClosesTheConnection() async throws {
        let scenario = Scenario("stalled-stream", ["x-mock-stall-seconds": "30"])
        let stream = try scenario.client().createChatCompletionStream(try Self.chatRequest)
        let consumer = Task {
            var received = 0
            for try await _ in stream { received += 1 }
            return received
        }
        // Cancel once the server has sent its one chunk and stalled (under load that takes a while).
        var waited = 0
        while try await scenario.log().first?.chunksWritten ?? 0 < 1, waited < 200 {
            try await Task.sleep(for: .milliseconds(50))
            waited += 1
        }
        consumer.cancel()
        let cancelled = Date().timeIntervalSince1970
        if case .success(let count) = await consumer.result { #expect(count <= 1) }
        var disconnected: Double?
        for _ in 0..<100 where disconnected == nil {
            try await Task.sleep(for: .milliseconds(50))
            disconnected = try await scenario.log().first?.disconnectedAt
        }
        let gone = try #require(disconnected, "the server never saw the client leave")
        #expect(gone - cancelled < 1.0)
    }

    /// A consumer slower than the server: the client reads only as fast as it consumes, so the
    /// server's writes block once the TCP buffers are full instead of filling the client's memory.
    @Test(.timeLimit(.minutes(1))) func aSlowConsumerHoldsTheServerBack() async throws {
        let scenario = Scenario("flood-stream", ["x-mock-chunks": "4000", "x-mock-chunk-bytes": "65536"])
        var seen = 0
        for try await _ in try scenario.client().createChatCompletionStream(try Self.chatRequest) {
            seen += 1
            if seen == 3 { try await Task.sleep(for: .seconds(2)) }
            if seen == 4 { break }
        }
        let written = try #require(try await scenario.log().first?.chunksWritten)
        // 4000 chunks (256 MB) would be written in well under 2 s without back-pressure; socket
        // buffers hold a few megabytes.
        #expect(written < 200, "the server wrote \(written) chunks of 64 KB while the consumer read 4")
    }

    // MARK: Secrets, encoding, downloads

    @Test func dumpNeverShowsTheKey() throws {
        let client = try Scenario("none").client()
        var text = ""
        dump(client, to: &text)
        #expect(!text.contains("xai-secret-test-key"))
        #expect(!String(describing: client).contains("xai-secret-test-key"))
        #expect(!String(reflecting: client.client).contains("xai-secret-test-key"))
    }

    @Test func aValueJSONCannotHoldIsAnInvalidRequest() async throws {
        var request = try Self.chatRequest
        request.temperature = .nan
        do {
            _ = try await Scenario("none").client().createChatCompletion(request)
            Issue.record("expected an error")
        } catch APIClientError.invalidRequest(let reason) {
            #expect(reason.contains("cannot be encoded"))
        }
    }

    @Test func aDownloadCutMidBodyLeavesTheDestinationUntouched() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let destination = folder.appendingPathComponent("copy.bin")
        try Data("the previous copy".utf8).write(to: destination)
        await #expect(throws: APIClientError.self) {
            try await Scenario("cut-body").client { $0.retry = .none }.downloadFileContent(fileID: "file_1", to: destination)
        }
        #expect(try Data(contentsOf: destination) == Data("the previous copy".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["copy.bin"])
    }
}

/// Keeps what a swift-log logger was told, one line per message with its metadata.
final class LogCapture: LogHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    var lines: [String] { lock.withLock { stored } }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
        let details = (metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        lock.withLock { stored.append("\(message) \(details)") }
    }
}

/// A loopback port nothing listens on: bound, then closed.
struct ClosedPort {
    let port: Int

    init() throws {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw TestFailure("cannot bind a loopback port") }
        port = Int(UInt16(bigEndian: address.sin_port))
    }
}

/// An upload is read from disk as it is sent: memory stays flat whatever the file's size.
@Suite struct UploadMemoryTests {
    @Test(.timeLimit(.minutes(3))) func a256MegabyteUploadKeepsMemoryFlat() async throws {
        let size = 256 << 20
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("upload-\(UUID().uuidString).bin")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()

        let scenario = RealConditionsTests.Scenario("sink")
        let client = try scenario.client()
        let baseline = ResidentMemory.current()
        let sampler = Task {
            var peak = 0
            while !Task.isCancelled {
                peak = max(peak, ResidentMemory.current())
                try? await Task.sleep(for: .milliseconds(20))
            }
            return peak
        }
        _ = try await client.uploadFile(UploadFileMultipartRequest(file: FileUpload(fileURL: file)))
        sampler.cancel()
        let growth = (await sampler.value - baseline) >> 20
        let received = try await scenario.log().first?.bodyBytes ?? 0
        #expect(received > size)
        #expect(growth < 64, "resident memory grew by \(growth) MB while uploading \(size >> 20) MB")
    }
}

/// This process's resident set size in bytes, from /proc (Linux).
enum ResidentMemory {
    static func current() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = text.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
