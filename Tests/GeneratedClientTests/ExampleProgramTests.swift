import Foundation
import Testing

/// The example program's commands, run as a user would, against the local mock server.
@Suite struct ExampleProgramTests {
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let binary = TestPaths.root + "/.build/debug/xai-example"
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw TestFailure("build xai-example first (`swift build`)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["XAI_API_KEY"] = "xai-test-key"
        environment["XAI_BASE_URL"] = try LocalServer.mock().baseURL
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
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
        let binary = TestPaths.root + "/.build/debug/xai-example"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["models"]
        process.environment = ["PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(text.contains("set the XAI_API_KEY environment variable"), "\(text)")
    }
}
