import Foundation
import Testing
@testable import ClientModel
@testable import ClientPlan
@testable import Generator
@testable import OpenAPIReading
@testable import SpecDiff
@testable import SwiftRendering

@Suite struct OutputWriterTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)").path

    static let header = "// Generated from an OpenAPI document by the generator. Do not edit by hand.\n"

    @Test func writesOnlyChangesAndRemovesStaleGeneratedFiles() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = OutputWriter()
        let first = try writer.sync(["A.swift": Self.header + "a\n", "Types/B.swift": Self.header + "b\n"], into: folder)
        #expect(first.written == ["A.swift", "Types/B.swift"])
        try "keep me".write(toFile: folder + "/README.md", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/Conveniences", withIntermediateDirectories: true)
        try "extension A {}\n".write(toFile: folder + "/Conveniences/Mine.swift", atomically: true, encoding: .utf8)
        let second = try writer.sync(["A.swift": Self.header + "a\n", "Types/C.swift": Self.header + "c\n"], into: folder)
        #expect(second.written == ["Types/C.swift"])
        #expect(second.removed == ["Types/B.swift"])
        #expect(second.unchanged == 1)
        #expect(FileManager.default.fileExists(atPath: folder + "/README.md"))
        // A hand-written Swift file is the user's: kept, and not in the drift diff.
        #expect(FileManager.default.fileExists(atPath: folder + "/Conveniences/Mine.swift"))
        #expect(try writer.diff(["A.swift": Self.header + "a\n", "Types/C.swift": Self.header + "c\n"], against: folder).isEmpty)
    }

    @Test func replacingAFileLeavesOnlyTheNewBytes() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = OutputWriter()
        _ = try writer.sync(["A.swift": Self.header + String(repeating: "let long = 1\n", count: 10_000)], into: folder)
        _ = try writer.sync(["A.swift": Self.header + "let a = 2\n"], into: folder)
        #expect(try String(contentsOfFile: folder + "/A.swift", encoding: .utf8) == Self.header + "let a = 2\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["A.swift"])
    }

    @Test func aFileThatCannotBeWrittenNamesItsPathAndLeavesNothingBehind() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = OutputWriter()
        _ = try writer.sync(["A.swift": Self.header + "a\n"], into: folder)
        // A folder where the file should go: the rename fails after the bytes were written.
        try FileManager.default.createDirectory(atPath: folder + "/B.swift/inside", withIntermediateDirectories: true)
        #expect {
            _ = try writer.sync(["A.swift": Self.header + "a\n", "B.swift": Self.header + "b\n"], into: folder)
        } throws: { error in
            "\(error)".contains(folder + "/B.swift")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["A.swift", "B.swift"])
    }

    @Test func checkModeShowsAUnifiedDiff() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = OutputWriter()
        _ = try writer.sync(["A.swift": Self.header + "let a = 1\n"], into: folder)
        #expect(try writer.diff(["A.swift": Self.header + "let a = 1\n"], against: folder).isEmpty)
        let diff = try writer.diff(["A.swift": Self.header + "let a = 2\n"], against: folder)
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
