import Foundation

/// Runs a program and collects its exit status and combined output.
enum ProcessRunner {
    struct Output {
        var status: Int32
        var text: String
    }

    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil, in directory: URL? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, text: String(decoding: data, as: UTF8.self))
    }
}

/// Runs one of the Python tools in Tests/Python with the project's virtual environment.
enum PythonTool {
    static func run(_ script: String, _ arguments: [String]) throws -> ProcessRunner.Output {
        guard FileManager.default.isExecutableFile(atPath: TestPaths.python) else {
            throw TestFailure("no Python with openapi-core at \(TestPaths.python): run `make setup` (or `make test`)")
        }
        guard FileManager.default.fileExists(atPath: TestPaths.mergedSpec) else {
            throw TestFailure("no merged spec at \(TestPaths.mergedSpec): run `make merged-spec` (or `make test`)")
        }
        return try ProcessRunner.run(TestPaths.python, [TestPaths.pythonTools + "/" + script] + arguments)
    }
}
