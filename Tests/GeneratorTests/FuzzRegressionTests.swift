import Foundation
import Testing
@testable import ClientModel
@testable import ClientPlan
@testable import Generator
@testable import OpenAPIReading
@testable import SpecDiff
@testable import SwiftRendering

/// Every input the fuzzer ever crashed on, and the seeds of hostile documents kept beside them, goes
/// through the pipeline again (load, the document applied to itself as an overlay, model, names) and
/// ends exactly as recorded here: a model of so many types and operations, or one error at a line
/// and JSON pointer with a message. A new file in the folder fails until its outcome is added.
@Suite struct FuzzRegressionTests {
    static let folder = TestPaths.root + "/Tests/GeneratorTests/FuzzRegressions"
    static let inputs = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasSuffix(".md") }.sorted()

    /// File → how it ends: `model: T types, O operations`, or the error as `line: message [pointer]`.
    static let outcomes: [String: String] = [
        "alias-cycle.yaml": "6: $ref cycle '#/components/schemas/B' never reaches a schema [#/components/schemas/A]",
        "broken-yaml.yaml": "3: invalid YAML: did not find expected ',' or '}' while parsing a flow mapping [#/info]",
        "deep-nesting.json": "1: invalid JSON: nesting deeper than 512 levels [#/x\(String(repeating: "/0", count: 511))]",
        "odd-union.yaml": "model: 1 types, 1 operations",
        "truncated-json.json": "1: invalid JSON: unexpected end of input in an object [#/paths/~1a/get/responses/200/content/application~1json/schema]",
    ]

    @Test func everyInputHasItsOutcome() {
        #expect(Self.inputs == Self.outcomes.keys.sorted())
    }

    @Test(arguments: inputs)
    func replays(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name)))
        let diagnostics = Diagnostics()
        let file = diagnostics.register(file: name)
        let outcome: String
        do {
            let root = try DocumentLoader.parse(bytes, file: file, path: name)
            _ = try? OverlayApplier.apply(root, to: root)
            let model = try Pipeline(diagnostics: diagnostics).model(root: root)
            _ = NameTable.assign(model, clientName: "Client")
            outcome = "model: \(model.types.count) types, \(model.operations.count) operations"
        } catch {
            // `name:LINE: error: message [pointer]` → `LINE: message [pointer]`
            var text = diagnostics.format(error)
            if text.hasPrefix(name + ":"), let severity = text.range(of: ": error: ") {
                text = String(text[text.index(text.startIndex, offsetBy: name.count + 1)..<severity.lowerBound]) + ": " + text[severity.upperBound...]
            }
            outcome = text
        }
        #expect(outcome == Self.outcomes[name])
    }
}
