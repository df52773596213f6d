import Foundation
import Testing

/// The generator as another team runs it: the built binary, from a folder outside this repository,
/// with nothing but `--spec` and `--output` (the templates are compiled in).
@Suite struct RunsAnywhereTests {
    static var binary: String { TestPaths.root + "/.build/debug/generator" }

    func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func generatesFromAFolderOutsideTheRepository() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build the generator first (`swift build`)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("anywhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent("petstore.yaml")
        try FileManager.default.copyItem(atPath: TestPaths.corpus + "/oai-petstore-3.0.yaml", toPath: spec.path)
        let result = try run(["generate", "--spec", "petstore.yaml", "--output", "Sources/Petstore"], in: folder)
        #expect(result.status == 0, "\(result.output)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("Sources/Petstore").path).sorted()
        #expect(files.contains("APIClient.swift"), "\(files)")
        #expect(files.contains { $0.hasPrefix("Operations/") && $0.hasSuffix(".swift") }, "\(files)")
        let drift = try run(["generate", "--spec", "petstore.yaml", "--output", "Sources/Petstore", "--check"], in: folder)
        #expect(drift.status == 0, "\(drift.output)")
        let version = try run(["--version"], in: folder)
        #expect(version.status == 0 && version.output.first?.isNumber == true, "\(version.output)")
    }

    /// `generator init` on a document split over files brings the tree into the module, each file
    /// at its place, and generates from it (building the package is `scripts/test-example-package.sh`'s).
    @Test func initBringsADocumentsFilesAlong() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build the generator first (`swift build`)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = TestPaths.root + "/Tests/GeneratorTests/MultiFile/shop/openapi.yaml"
        let result = try run(["init", "--spec", spec, "--name", "Shop", "--runtime", TestPaths.root], in: folder)
        #expect(result.status == 0, "\(result.output)")
        let module = folder.appendingPathComponent("Shop/Sources/Shop")
        let files = Set(try FileManager.default.subpathsOfDirectory(atPath: module.path))
        let tree: Set = ["openapi.yaml", "parameters.yaml", "paths/pets.yaml", "operations/get-pet.yaml", "schemas/pet.yaml", "schemas/owner.yaml", "schemas/order.json", "schemas/common.yaml"]
        #expect(tree.isSubset(of: files), "\(files.sorted())")
        #expect(files.isSuperset(of: ["Types/Pet.swift", "Types/Owner.swift", "Operations/GetPet.swift"]), "\(files.sorted())")
    }
}
