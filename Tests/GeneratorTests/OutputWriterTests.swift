import Foundation
import Testing
@testable import Generator

@Suite struct OutputWriterTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)").path

    @Test func writesOnlyChangesAndRemovesStaleSwiftFiles() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = OutputWriter()
        let first = try writer.sync(["A.swift": "a\n", "Types/B.swift": "b\n"], into: folder)
        #expect(first.written == ["A.swift", "Types/B.swift"])
        try "keep me".write(toFile: folder + "/README.md", atomically: true, encoding: .utf8)
        let second = try writer.sync(["A.swift": "a\n", "Types/C.swift": "c\n"], into: folder)
        #expect(second.written == ["Types/C.swift"])
        #expect(second.removed == ["Types/B.swift"])
        #expect(second.unchanged == 1)
        #expect(FileManager.default.fileExists(atPath: folder + "/README.md"))
    }

    @Test func checkModeShowsAUnifiedDiff() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = OutputWriter()
        _ = try writer.sync(["A.swift": "let a = 1\n"], into: folder)
        #expect(try writer.diff(["A.swift": "let a = 1\n"], against: folder).isEmpty)
        let diff = try writer.diff(["A.swift": "let a = 2\n"], against: folder)
        #expect(diff.contains("-let a = 1"))
        #expect(diff.contains("+let a = 2"))
    }

    @Test func generationIsDeterministic() throws {
        let spec = try String(contentsOfFile: TestPaths.xaiSpec, encoding: .utf8)
        let first = try Generation(yaml: spec).files
        let second = try Generation(yaml: spec).files
        #expect(first == second)
        #expect(first.values.allSatisfy { $0.hasSuffix("\n") && !$0.hasSuffix("\n\n") && !$0.contains("\r") && !$0.contains(" \n") })
    }
}
