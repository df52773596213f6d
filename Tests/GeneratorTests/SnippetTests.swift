import Foundation
import Testing
@testable import ClientModel
@testable import ClientPlan
@testable import Generator
@testable import OpenAPIReading
@testable import SpecDiff
@testable import SwiftRendering

/// One construct each: a few lines of spec in `Snippets/NAME.yaml`, the exact Swift out in
/// `Snippets/NAME.swift`, the client's and its test kit's (`Testing/TestClient+Mock.swift`). Record with `RECORD_SNAPSHOTS=1 swift test --filter SnippetTests` and
/// review the diff.
@Suite struct SnippetTests {
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.snippets)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }()

    /// The exact set, each named in docs/type-mapping.md as the proof of a mapping rule.
    @Test func everyConstructHasASnippet() throws {
        #expect(Self.names == [
            "AdditionalProperties", "AllOfMerge", "AnySchemaParameters", "ComposedUnions", "Deprecation", "DiscriminatorMapping", "FormEncoding", "FreeFormAndDictionaries", "HostileNames", "HostileOperationNames",
            "NullableTypeArray", "ObjectToStruct", "OpenAPI30Nullable", "Operations", "Pagination", "Recursion", "RequestShapes", "RequiredKeyAndElementUnion", "ResponseMediaTypes",
            "SecuritySchemes", "SeveralOutcomes", "ShapeUnion", "StreamingAndMultipart", "StringEnum", "StructuralUnions",
            "TaggedUnionConst", "TolerantResponses", "Tuples",
        ])
        let mapping = try String(contentsOfFile: TestPaths.root + "/docs/type-mapping.md", encoding: .utf8)
        #expect(Self.names.filter { !mapping.contains($0) } == [])
    }

    @Test(arguments: names)
    func snippet(_ name: String) throws {
        let input = try String(contentsOfFile: "\(TestPaths.snippets)/\(name).yaml", encoding: .utf8)
        let generation = try Generation(yaml: input)
        var output = ""
        for path in generation.files.keys.sorted() where path != "TestClient.swift" {
            output += "// FILE: \(path)\n" + (generation.files[path] ?? "") + "\n"
        }
        for path in generation.testKitFiles.keys.sorted() {
            output += "// FILE: Testing/\(path)\n" + (generation.testKitFiles[path] ?? "") + "\n"
        }
        for warning in generation.warnings { output += "// WARNING: \(warning)\n" }
        let expectedPath = "\(TestPaths.snippets)/\(name).swift"
        if TestPaths.recording {
            try output.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(output == expected, "\(name): generated Swift differs from the snippet:\n\(lineDiff(expected: expected, actual: output))")
    }
}
