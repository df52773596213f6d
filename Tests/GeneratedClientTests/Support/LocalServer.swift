import Foundation

/// A Python test server from Tests/Python, started once per test run on 127.0.0.1 with a free port.
/// It exits when this process does (its stdin closes).
final class LocalServer: @unchecked Sendable {
    let port: Int
    private let process: Process
    private let stdin: Pipe

    var baseURL: String { "http://127.0.0.1:\(port)" }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var started: [String: Result<LocalServer, any Error>] = [:]

    /// The server for `script` (one per `instance`), started on first use.
    static func shared(_ script: String, _ arguments: [String] = [], instance: String = "") throws -> LocalServer {
        try lock.withLock {
            let key = script + "#" + instance
            if let existing = started[key] { return try existing.get() }
            let result = Result { try LocalServer(script: script, arguments: arguments) }
            started[key] = result
            return try result.get()
        }
    }

    /// The openapi-core mock server: validates every request against the merged spec and answers
    /// with the examples of the spec as published upstream (what xAI sends, not what the overlay
    /// would like it to send).
    static func mock() throws -> LocalServer {
        try shared("mock_server.py", ["--spec", TestPaths.mergedSpec, "--published", TestPaths.publishedSpec])
    }

    /// A mock of its own that appends every request it receives to `recording` (JSON lines), for a
    /// test that must see exactly what one program sent.
    static func recordingMock(_ recording: String) throws -> LocalServer {
        try shared("mock_server.py", ["--spec", TestPaths.mergedSpec, "--published", TestPaths.publishedSpec, "--record", recording], instance: recording)
    }

    private init(script: String, arguments: [String]) throws {
        guard FileManager.default.isExecutableFile(atPath: TestPaths.python) else {
            throw TestFailure("no Python at \(TestPaths.python): run `make setup` (or `make test`)")
        }
        process = Process()
        process.executableURL = URL(fileURLWithPath: TestPaths.python)
        process.arguments = [TestPaths.pythonTools + "/" + script, "--port", "0", "--exit-on-stdin-eof"] + arguments
        stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        var buffer = Data()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer += chunk
            let text = String(decoding: buffer, as: UTF8.self)
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("LISTENING ") }),
               let port = Int(line.dropFirst("LISTENING ".count).trimmingCharacters(in: .whitespaces)) {
                self.port = port
                // Keep reading so the server never blocks on a full pipe.
                stdout.fileHandleForReading.readabilityHandler = { handle in _ = handle.availableData }
                return
            }
        }
        process.terminate()
        throw TestFailure("\(script) did not start: \(String(decoding: buffer, as: UTF8.self))")
    }
}
