import Foundation
import Testing
@testable import Generator

/// One crafted pair of documents per change rule (`DiffFixtures/<rule>/old.yaml`, `new.yaml`) with the
/// expected report lines in `expected.txt`: `<breaking|non-breaking> <kind> <location>`.
@Suite struct DiffFixtureTests {
    static let folder = TestPaths.root + "/Tests/GeneratorTests/DiffFixtures"
    static let fixtures: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()

    static func changes(old: String, new: String) throws -> [APIChange] {
        let diagnostics = Diagnostics()
        let pipeline = Pipeline(diagnostics: diagnostics)
        let before = try DocumentReader(root: pipeline.loadDocument(spec: old, overlay: nil), diagnostics: diagnostics).read()
        let after = try DocumentReader(root: pipeline.loadDocument(spec: new, overlay: nil), diagnostics: diagnostics).read()
        return try SpecDiffer(old: before, new: after, diagnostics: diagnostics).changes()
    }

    @Test func thereIsAFixturePerRule() {
        #expect(Self.fixtures.count >= 40)
    }

    @Test(arguments: fixtures)
    func fixture(_ name: String) throws {
        let directory = Self.folder + "/" + name
        let expected = try String(contentsOfFile: directory + "/expected.txt", encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let actual = try Self.changes(old: directory + "/old.yaml", new: directory + "/new.yaml").map(\.summaryLine)
        #expect(actual == expected, "\(name)")
    }

    @Test func theReportIsDeterministicAndSymmetricForNoChange() throws {
        let spec = TestPaths.xaiSpec
        #expect(try Self.changes(old: spec, new: spec).isEmpty)
        let directory = Self.folder + "/request-and-response-shared-schema"
        let first = try Self.changes(old: directory + "/old.yaml", new: directory + "/new.yaml")
        let second = try Self.changes(old: directory + "/old.yaml", new: directory + "/new.yaml")
        #expect(first == second)
        #expect(ChangeReport.render(first, as: .json) == ChangeReport.render(second, as: .json))
    }

    @Test func formatsForTerminalsCIAndTools() throws {
        let change = APIChange(kind: "response-property-removed", breaking: true, location: "GET /v1/models response.200.body.data[].id", message: "property id was removed", pointer: "#/x")
        #expect(ChangeReport.render([change], as: .text) == "API changes: 1 (1 breaking)\n  BREAKING      response-property-removed  GET /v1/models response.200.body.data[].id: property id was removed\n")
        #expect(ChangeReport.render([change], as: .markdown).contains("| **breaking** | `response-property-removed` | `GET /v1/models response.200.body.data[].id` | property id was removed |"))
        let json = try JSONSerialization.jsonObject(with: Data(ChangeReport.render([change], as: .json).utf8)) as? [String: Any]
        #expect(json?["breaking"] as? Int == 1)
        #expect(ChangeReport.render([], as: .text) == "No API changes.\n")
    }
}
