import Foundation

enum TestPaths {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var snapshots: String { root + "/Tests/GeneratedClientTests/__Snapshots__" }
    static var knownExampleFailures: String { root + "/Tests/GeneratedClientTests/known-example-failures.json" }
    static var python: String { ProcessInfo.processInfo.environment["VALIDATOR_PYTHON"] ?? root + "/.venv/bin/python" }
    static var mergedSpec: String { ProcessInfo.processInfo.environment["MERGED_SPEC"] ?? root + "/.build/xai-merged.json" }
    static var publishedSpec: String { root + "/Spec/xai-openapi.json" }
    static var pythonTools: String { root + "/Tests/Python" }
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }
}
