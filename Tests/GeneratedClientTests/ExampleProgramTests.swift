import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The example program's commands, run as a user would, against the local mock server.
@Suite struct ExampleProgramTests {
    static var binary: String { TestPaths.root + "/.build/debug/xai-example" }

    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else { throw TestFailure("build xai-example first (`swift build`)") }
        var environment = ProcessInfo.processInfo.environment
        environment["XAI_API_KEY"] = "xai-test-key"
        environment["XAI_BASE_URL"] = try LocalServer.mock().baseURL
        let result = try ProcessRunner.run(Self.binary, arguments, environment: environment)
        return (result.status, result.text)
    }

    /// What the local server answers, read without the client: the program's output is compared with it.
    func serverAnswer(_ method: String, _ path: String, body: String? = nil) async throws -> Data {
        var request = URLRequest(url: URL(string: try LocalServer.mock().baseURL + path)!)
        request.httpMethod = method
        request.setValue("Bearer xai-test-key", forHTTPHeaderField: "authorization")
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "content-type")
        }
        let session = URLSession(configuration: .ephemeral)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = try await session.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw TestFailure("the server answered \(response) to \(method) \(path)") }
        return data
    }

    /// One line per model the server lists, its id.
    @Test func listsModels() async throws {
        let listed = try JSONSerialization.jsonObject(with: try await serverAnswer("GET", "/v1/models")) as? [String: Any]
        let ids = (listed?["data"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        try #require(!ids.isEmpty, "the server lists no models")
        let result = try run(["models"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == ids.map { $0 + "\n" }.joined())
    }

    /// The streamed deltas' content, in order, then a line end.
    @Test func streamsAChat() async throws {
        let body = #"{"model":"grok-4","stream":true,"messages":[{"role":"system","content":"You are Grok, a helpful assistant."},{"role":"user","content":"What is 101*3?"}]}"#
        let stream = String(decoding: try await serverAnswer("POST", "/v1/chat/completions", body: body), as: UTF8.self)
        let deltas = stream.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("data: "), let data = line.dropFirst(6).data(using: .utf8),
                  let chunk = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let choice = (chunk["choices"] as? [[String: Any]])?.first,
                  let delta = choice["delta"] as? [String: Any] else { return nil }
            return delta["content"] as? String ?? ""
        }
        try #require(!deltas.joined().isEmpty, "the server streamed no content: \(stream)")
        let result = try run(["chat", "What is 101*3?"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == deltas.joined() + "\n")
    }

    @Test func runsTheToolLoop() throws {
        let result = try run(["tools", "What is the weather in Paris?"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("calling get_weather("), "\(result.output)")
    }

    @Test func generatesAnImage() throws {
        let result = try run(["image", "a lighthouse at dusk"])
        #expect(result.status == 0, "\(result.output)")
        // The mock answers with the spec's example, whose two images have the URL "...".
        #expect(result.output == "...\n...\n", "\(result.output)")
    }

    @Test func waitsForADeferredCompletion() throws {
        let result = try run(["deferred", "Summarise the news", "--interval", "0.05"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasPrefix("request id: "), "\(result.output)")
    }

    @Test func respondStreamsTheReasoningSummaryThenTheAnswer() throws {
        // The mock answers a streamed request for reasoning with xAI's recorded reasoning stream.
        let result = try run(["respond", "Reply with exactly: hello", "--effort", "low"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasPrefix("thinking:\nThe user says: \"Reply with exactly: hello\"\n"), "\(result.output)")
        #expect(result.output.contains("\nanswer:\nhello\n"), "\(result.output)")
    }

    @Test func batchAddsWaitsAndPrintsEveryPage() throws {
        let result = try run(["batch", "What is 2+2?", "What is 3+3?", "--interval", "0.05", "--model", "grok-4.3"])
        #expect(result.status == 0, "\(result.output)")
        // The mock's fixture batch holds three answers and a failure, over two pages.
        #expect(result.output.contains("batch: batch_5a1c0e2d\n"), "\(result.output)")
        #expect(result.output.contains("q1: 4\nq2: 6\nq3: 8\nq4: error: model not found: grok-0\n"), "\(result.output)")
    }

    @Test func speakWritesTheAudioToAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("speak-\(UUID().uuidString).mp3")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run(["speak", "Hello from Grok.", "--voice", "ara", "--output", file.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(FileManager.default.contents(atPath: file.path)?.starts(with: Data("ID3".utf8)) == true)
        #expect(result.output.hasPrefix("wrote "), "\(result.output)")
    }

    @Test func aMissingKeyIsAClearError() throws {
        let result = try ProcessRunner.run(Self.binary, ["models"], environment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status != 0)
        #expect(result.text.contains("set the XAI_API_KEY environment variable"), "\(result.text)")
    }
}
