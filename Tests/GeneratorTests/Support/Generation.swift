import Foundation
@testable import ClientModel
@testable import ClientPlan
@testable import Generator
@testable import OpenAPIReading
@testable import SwiftRendering

/// Runs the whole pipeline on a document held in memory.
struct Generation {
    var files: [String: String]
    /// The test kit's files (`TestClient+Mock.swift`), which the test config always asks for.
    var testKitFiles: [String: String]
    var model: GenerationModel
    var diagnostics: Diagnostics

    init(yaml: String, config: GeneratorConfig = Generation.testConfig) throws {
        let diagnostics = Diagnostics()
        let file = diagnostics.register(file: "snippet.yaml")
        let pipeline = Pipeline(diagnostics: diagnostics)
        do {
            let root = try DocumentLoader.parse(Array(yaml.utf8), file: file, path: "snippet.yaml")
            let model = try pipeline.model(root: root)
            let result = try pipeline.render(model, config: config)
            self.files = result.clientFiles
            self.testKitFiles = result.testKitFiles
            self.model = result.model
            self.diagnostics = diagnostics
        } catch {
            diagnostics.emit(error)
            throw GenerationFailure(messages: diagnostics.all.map(diagnostics.format))
        }
    }

    static var testConfig: GeneratorConfig {
        var config = GeneratorConfig()
        config.clientName = "TestClient"
        config.templates = TestPaths.templates
        config.testKit = "Testing"
        return config
    }

    var warnings: [String] { diagnostics.warnings.map(diagnostics.format) }
}

struct GenerationFailure: Error, CustomStringConvertible {
    var messages: [String]
    var description: String { messages.joined(separator: "\n") }
}

/// A readable unified-style diff of two texts, for failure messages.
func lineDiff(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var output: [String] = []
    for (offset, pair) in new.difference(from: old).enumerated() where offset < 60 {
        switch pair {
        case .remove(let index, let line, _): output.append("-\(index + 1): \(line)")
        case .insert(let index, let line, _): output.append("+\(index + 1): \(line)")
        }
    }
    return output.joined(separator: "\n")
}
