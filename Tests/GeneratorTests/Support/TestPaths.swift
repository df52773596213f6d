import Foundation

/// Paths inside the package, found from this file so tests run from any directory.
enum TestPaths {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var templates: String { root + "/Templates" }
    static var xaiSpec: String { root + "/Spec/xai-openapi.json" }
    static var xaiOverlay: String { root + "/Spec/xai-overlay.yaml" }
    static var snippets: String { root + "/Tests/GeneratorTests/Snippets" }
    static var corpus: String { root + "/../shared/corpus" }

    /// Set `RECORD_SNAPSHOTS=1` to rewrite expected outputs instead of comparing with them.
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }
}
