import Foundation
import Testing
@testable import ClientModel
@testable import ClientPlan
@testable import Generator
@testable import OpenAPIReading
@testable import SpecDiff
@testable import SwiftRendering

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

    /// The exact set: a fixture that goes missing fails here, not silently.
    @Test func thereIsAFixturePerRule() {
        #expect(Self.fixtures.count == 66)
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
        #expect(ChangeReport.render([change], as: .text) == """
            API changes: 1 (1 breaking)
              response-property-removed 1 (breaking)
            Breaking:
              GET /v1/models
                response-property-removed  response.200.body.data[].id property id was removed

            """)
        #expect(ChangeReport.render([change], as: .markdown).contains("- `response-property-removed` response.200.body.data[].id property id was removed"))
        let json = try JSONSerialization.jsonObject(with: Data(ChangeReport.render([change], as: .json).utf8)) as? [String: Any]
        #expect(json?["breaking"] as? Int == 1)
        #expect(ChangeReport.render([], as: .text) == "No API changes.\n")
    }

    /// One schema change reached from many operations is listed once under its schema, with the
    /// operations counted; breaking changes come first; Markdown stops at GitHub's limit.
    @Test func aReportOfAThousandChangesIsGroupedAndFitsAComment() throws {
        var changes: [APIChange] = []
        for index in 0..<10 {
            changes.append(APIChange(kind: "response-property-became-optional", breaking: true, location: "POST /v1/op\(index) response.200.body.call_id",
                                     message: "call_id is now optional", pointer: "#/components/schemas/ToolCall/properties/call_id"))
        }
        for index in 0..<3000 {
            changes.append(APIChange(kind: "schema-added", breaking: false, location: "schema S\(index)", message: "new schema S\(index) with a long description of what it is for",
                                     pointer: "#/components/schemas/S\(index)"))
        }
        let text = ChangeReport.render(changes, as: .text)
        #expect(text.components(separatedBy: "call_id is now optional").count - 1 == 1)
        #expect(text.contains("schema ToolCall (reaches 10 operations: POST /v1/op0, POST /v1/op1, POST /v1/op2, POST /v1/op3, POST /v1/op4, and 5 more)"))
        #expect(text.hasPrefix("API changes: 3010 (10 breaking); 3001 after merging repeats of one schema change\n  response-property-became-optional 1 (breaking), schema-added 3000\nBreaking:"))
        let markdown = ChangeReport.render(changes, as: .markdown)
        #expect(markdown.count <= ChangeReport.markdownLimit)
        #expect(markdown.contains(#"call\_id is now optional"#))
        #expect(markdown.contains("more changes are not shown"))
    }

    /// A pair of documents 600 schemas apart (1,200 changes): the Markdown stays under the cap.
    @Test func aLargeFixturePairFitsAPullRequestComment() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func document(_ property: String) -> String {
            var text = "openapi: 3.1.0\ninfo: {title: t, version: \"1\"}\npaths: {}\ncomponents:\n  schemas:\n"
            for index in 0..<600 {
                text += "    Schema\(index):\n      type: object\n      properties:\n        \(property): {type: string}\n        count: {type: integer}\n"
            }
            return text
        }
        try document("name").write(to: folder.appendingPathComponent("old.yaml"), atomically: true, encoding: .utf8)
        try document("title").write(to: folder.appendingPathComponent("new.yaml"), atomically: true, encoding: .utf8)
        let changes = try Self.changes(old: folder.appendingPathComponent("old.yaml").path, new: folder.appendingPathComponent("new.yaml").path)
        #expect(changes.count == 1200)
        let markdown = ChangeReport.render(changes, as: .markdown)
        #expect(markdown.count <= ChangeReport.markdownLimit)
        #expect(markdown.hasPrefix("### API changes: 1200 (600 breaking)"))
        #expect(markdown.contains("<details open><summary><b>Breaking</b>: 600 changes in 600 groups</summary>"))
        #expect(markdown.contains("more changes are not shown"))
    }
}
