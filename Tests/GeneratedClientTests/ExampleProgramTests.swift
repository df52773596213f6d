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

    @Test func aMissingKeyIsAClearError() throws {
        let result = try ProcessRunner.run(Self.binary, ["models"], environment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status != 0)
        #expect(result.text.contains("set the XAI_API_KEY environment variable"), "\(result.text)")
    }
}
