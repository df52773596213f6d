import Foundation
import Testing
@testable import Generator

/// Every input the fuzzer ever crashed on, and the seeds of hostile documents kept beside them, goes
/// through the pipeline again and ends in a model or a diagnostic with a location, never a crash.
@Suite struct FuzzRegressionTests {
    static let folder = TestPaths.root + "/Tests/GeneratorTests/FuzzRegressions"
    static let inputs = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasSuffix(".md") }.sorted()

    @Test func theSeedsAreThere() {
        let seeds: Set = ["alias-cycle.yaml", "broken-yaml.yaml", "deep-nesting.json", "odd-union.yaml", "truncated-json.json"]
        #expect(seeds.isSubset(of: Set(Self.inputs)))
    }

    @Test(arguments: inputs)
    func replays(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name)))
        let diagnostics = Diagnostics()
        let file = diagnostics.register(file: name)
        do {
            let root = try DocumentLoader.parse(bytes, file: file, path: name)
            _ = try? OverlayApplier.apply(root, to: root)
            let model = try Pipeline(diagnostics: diagnostics).model(root: root)
            _ = NameTable.assign(model, clientName: "Client")
        } catch {
            #expect(diagnostics.format(error).contains("error:"))
        }
    }
}
