import Foundation
import Testing
@testable import ClientModel
@testable import ClientPlan
@testable import Generator
@testable import OpenAPIReading
@testable import SpecDiff
@testable import SwiftRendering

/// The templates compiled into the generator are exactly the files in Templates/: run
/// scripts/embed-templates.sh (make generator does) after editing one.
@Suite struct EmbeddedTemplatesTests {
    @Test func embeddedTemplatesMatchTheFolder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestPaths.templates).filter { $0.hasSuffix(".mustache") }
        var folder: [String: String] = [:]
        for file in files {
            folder[String(file.dropLast(".mustache".count))] = try String(contentsOfFile: TestPaths.templates + "/" + file, encoding: .utf8)
        }
        #expect(Set(EmbeddedTemplates.all.keys) == Set(folder.keys))
        for (name, text) in folder {
            #expect(EmbeddedTemplates.all[name] == text, "\(name).mustache differs from the embedded copy; run scripts/embed-templates.sh")
        }
        #expect(Set(Template.allCases.map(\.rawValue)) == Set(folder.keys))
    }
}
