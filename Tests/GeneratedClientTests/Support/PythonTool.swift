import Foundation

/// Runs one of the Python tools in Tests/Python with the project's virtual environment.
enum PythonTool {
    struct Output {
        var status: Int32
        var text: String
    }

    static func run(_ script: String, _ arguments: [String]) throws -> Output {
        guard FileManager.default.isExecutableFile(atPath: TestPaths.python) else {
            throw TestFailure("no Python with openapi-core at \(TestPaths.python): run `make setup` (or `make test`)")
        }
        guard FileManager.default.fileExists(atPath: TestPaths.mergedSpec) else {
            throw TestFailure("no merged spec at \(TestPaths.mergedSpec): run `make merged-spec` (or `make test`)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestPaths.python)
        process.arguments = [TestPaths.pythonTools + "/" + script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, text: String(decoding: data, as: UTF8.self))
    }
}
