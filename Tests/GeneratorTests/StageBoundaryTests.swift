import Foundation
@testable import ClientModel
@_spi(Generated) import GeneratedClientRuntime
import Testing

/// The generator's stages are modules, and a stage may import only the stages its target depends on
/// in Package.swift. The compiler does not hold a module to that: SwiftPM lets it import any module
/// built before it (SwiftRendering could `import ClientModel` through ClientPlan), so this test does.
@Suite struct StageBoundaryTests {
    static let stages = ["OpenAPIReading", "ClientModel", "ClientPlan", "SwiftRendering", "SpecDiff", "Generator"]

    /// Target name → (folder, the stages it depends on), read from Package.swift.
    static func targets() throws -> [String: (path: String, dependencies: Set<String>)] {
        let manifest = try String(contentsOfFile: TestPaths.root + "/Package.swift", encoding: .utf8)
        let target = try Regex(#"\.(?:target|executableTarget)\(\s*name: "(\w+)",\s*dependencies: \[([^\]]*)\],\s*path: "([^"]+)""#)
        var found: [String: (path: String, dependencies: Set<String>)] = [:]
        for match in manifest.matches(of: target) {
            guard let name = match.output[1].substring.map(String.init), Self.stages.contains(name),
                  let list = match.output[2].substring, let path = match.output[3].substring else { continue }
            let named = list.matches(of: try Regex(#""(\w+)""#)).compactMap { $0.output[1].substring.map(String.init) }
            found[name] = (String(path), Set(named).intersection(Self.stages))
        }
        return found
    }

    @Test func everyStageIsATargetOfItsOwn() throws {
        #expect(Set(try Self.targets().keys) == Set(Self.stages))
    }

    @Test(arguments: stages)
    func importsOnlyTheStagesItDependsOn(_ stage: String) throws {
        let target = try #require(try Self.targets()[stage])
        let folder = TestPaths.root + "/" + target.path
        let files = try #require(FileManager.default.enumerator(atPath: folder)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
                let module = String(line.split(separator: " ").last!)
                if Self.stages.contains(module) {
                    #expect(target.dependencies.contains(module), "\(target.path)/\(file) imports \(module), which \(stage) does not depend on in Package.swift")
                }
            }
        }
    }
}

/// What the generator writes for the runtime to read, checked against the runtime itself.
@Suite struct RuntimeContractTests {
    /// The union templates spell `GeneratedClientRuntime.JSONShape` cases from the model's shapes.
    @Test func theModelsJSONShapesAreTheRuntimes() {
        #expect(ClientModel.JSONShape.allCases.map(\.rawValue) == GeneratedClientRuntime.JSONShape.allCases.map(\.rawValue))
    }
}
