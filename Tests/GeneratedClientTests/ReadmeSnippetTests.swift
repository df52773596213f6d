@_spi(Generated) import GeneratedClientRuntime
import Foundation
import Testing

/// The Swift blocks of README.md and of the DocC getting-started article, extracted by
/// `scripts/readme-snippets.py` into one program (`Tests/ReadmeSnippets/main.swift`), built by
/// `swift build` and run here against a local mock server of their own, which validates every
/// request against the spec and rejects a tool loop out of order.
@Suite(.serialized) struct ReadmeSnippetTests {
    static var binary: String { TestPaths.root + "/.build/debug/ReadmeSnippets" }

    @Test func theExtractedProgramIsTheDocumentsCode() throws {
        let result = try ProcessRunner.run("/usr/bin/env", ["python3", TestPaths.root + "/scripts/readme-snippets.py", "--check"])
        #expect(result.status == 0, "\(result.text)")
    }

    /// Runs one document's snippets; returns its output and the requests the server received.
    func run(_ document: String) throws -> (output: String, requests: [String], folder: URL) {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else { throw TestFailure("build ReadmeSnippets first (`swift build`)") }
        // The files snippet uploads `report.pdf` from the working directory.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("report".utf8).write(to: folder.appendingPathComponent("report.pdf"))
        let recording = folder.appendingPathComponent("requests.jsonl").path
        let server = try LocalServer.recordingMock(recording)
        var environment = ProcessInfo.processInfo.environment
        environment["XAI_API_KEY"] = "xai-test-key"
        environment["XAI_BASE_URL"] = server.baseURL
        let result = try ProcessRunner.run(Self.binary, [document], environment: environment, in: folder)
        #expect(result.status == 0, "\(result.text)")
        let lines = (try? String(contentsOfFile: recording, encoding: .utf8))?.split(separator: "\n") ?? []
        let requests = try lines.map { line in
            let record = try JSONDecoder().decode([String: JSONValue].self, from: Data(line.utf8))
            let path = record["path"]?.stringValue ?? ""
            // The deferred request id is the mock's own.
            let shown = path.hasPrefix("/v1/chat/deferred-completion/") ? "/v1/chat/deferred-completion/{id}" : path
            return "\(record["method"]?.stringValue ?? "") \(shown)"
        }
        return (result.text, requests, folder)
    }

    @Test func theREADMERunsAgainstTheLocalServer() throws {
        let (output, requests, folder) = try run("readme")
        defer { try? FileManager.default.removeItem(at: folder) }
        // The structured-output snippet prints the primes it decoded from the schema's answer.
        #expect(output.contains("[2]"), "\(output)")
        // The mock serves its own bytes for any file id; the download landed whole at its destination.
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("copy.pdf").path)?.isEmpty == false)
        // Every call of the README, in order, each valid (the server answers 400 otherwise, and the
        // program would have failed).
        #expect(requests == [
            "POST /v1/responses",  // first request
            "POST /v1/responses",  // stream of events
            "POST /v1/responses",  // stream, accumulated
            "POST /v1/responses",  // function calling: the call
            "POST /v1/responses",  // function calling: the result, on previous_response_id
            "POST /v1/responses/compact",
            "POST /v1/responses",  // the compacted window as input
            "POST /v1/batches",
            "POST /v1/batches/batch_5a1c0e2d/requests",
            "GET /v1/batches/batch_5a1c0e2d",
            "GET /v1/batches/batch_5a1c0e2d/results",  // two pages
            "GET /v1/batches/batch_5a1c0e2d/results",
            "POST /v1/tts",
            "POST /v1/chat/completions",  // chat completions
            "POST /v1/chat/completions",  // vision
            "POST /v1/chat/completions",  // stream
            "POST /v1/chat/completions",  // stream, folded
            "POST /v1/chat/completions",  // tools: the call
            "POST /v1/chat/completions",  // tools: the results, after the assistant's message
            "POST /v1/chat/completions",  // structured output
            "POST /v1/chat/completions",  // deferred start
            "GET /v1/chat/deferred-completion/{id}",
            "POST /v1/files",
            "GET /v1/files/file_a128090d-f0c9-4873-bd84-e499777e7417/content",
            "GET /v1/models",  // raw
            "POST /v1/chat/completions",  // raw stream
            "POST /v1/chat/completions",  // a field the spec lacks
            "GET /v1/models",  // a header and query item for one call
            "GET /v1/models",  // any path
            "GET /v1/models",  // errors
        ], "\(requests)")
    }

    @Test func theGettingStartedArticleRunsAgainstTheLocalServer() throws {
        let (output, requests, folder) = try run("gettingStarted")
        defer { try? FileManager.default.removeItem(at: folder) }
        // The structured-output snippet prints the invoice decoded from the schema's answer.
        #expect(output.contains("text 2.5"), "\(output)")
        #expect(requests == [
            "POST /v1/chat/completions",  // first request
            "POST /v1/chat/completions",  // images
            "POST /v1/chat/completions",  // stream
            "POST /v1/chat/completions",  // tools: the call
            "POST /v1/chat/completions",  // tools: the results
            "POST /v1/chat/completions",  // structured output
            "POST /v1/chat/completions",  // deferred start
            "GET /v1/chat/deferred-completion/{id}",
            "POST /v1/responses",
            "POST /v1/responses",  // streamed, accumulated
            "POST /v1/batches",
            "POST /v1/batches/batch_5a1c0e2d/requests",
            "GET /v1/batches/batch_5a1c0e2d",
            "GET /v1/batches/batch_5a1c0e2d/results",
            "GET /v1/batches/batch_5a1c0e2d/results",
        ], "\(requests)")
    }
}
