import Foundation
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

    @Test func listsModels() throws {
        let result = try run(["models"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.split(separator: "\n").count >= 1)
    }

    @Test func streamsAChat() throws {
        let result = try run(["chat", "What is 101*3?"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines).count > 3)
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
