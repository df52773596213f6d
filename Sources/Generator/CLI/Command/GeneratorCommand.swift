import ArgumentParser
import ClientModel
import ClientPlan
import Foundation
import OpenAPIReading
import SpecDiff
import SwiftRendering

#if !FUZZING
/// The entry point; a fuzzing build (`make fuzz`) uses libFuzzer's instead.
@main
struct GeneratorMain {
    static func main() {
        GeneratorCommand.main()
    }
}
#endif

struct GeneratorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generator",
        abstract: "Generates a typed Swift client from an OpenAPI 3.0 or 3.1 document.",
        version: GeneratorVersion.current,
        subcommands: [Generate.self, Init.self, Diff.self, MergedSpec.self],
        defaultSubcommand: Generate.self
    )
}

/// Options shared by the subcommands that read a document.
struct DocumentOptions: ParsableArguments {
    @Option(help: "The OpenAPI document (JSON or YAML).")
    var spec: String

    @Option(help: "An OpenAPI Overlay 1.0 document applied to the spec before anything else.")
    var overlay: String?
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Writes the client (and the example catalog) from the spec.")

    @OptionGroup var document: DocumentOptions

    @Option(help: "Generator settings (YAML or JSON): \(GeneratorConfig.settings.map(\.name).joined(separator: ", ")).")
    var config: String?

    @Option(help: "Folder for the client's Swift files; overrides the config's 'output'.")
    var output: String?

    @Option(help: "Folder for the test kit's Swift files (the client's Mock); overrides the config's 'testKit'.")
    var testKitOutput: String?

    @Option(help: "Folder of .mustache templates replacing the built-in ones; overrides the config's 'templates'.")
    var templates: String?

    @Flag(help: "Write nothing; exit 1 with a unified diff when the files on disk differ from a fresh generation.")
    var check = false

    @Flag(help: "Write always the same three files (Client.swift, Types.swift, Operations.swift), as a SwiftPM build plugin needs.")
    var fixedFiles = false

    @Option(help: "The client's type name; overrides the config's 'clientName'.")
    var clientName: String?

    func run() throws {
        let diagnostics = Diagnostics()
        do {
            var settings = try config.map { path throws(Diagnostic) in try GeneratorConfig.load(path: path, diagnostics: diagnostics) } ?? GeneratorConfig()
            if let output { settings.output = output }
            if let testKitOutput { settings.testKit = testKitOutput }
            if let templates { settings.templates = templates }
            if fixedFiles { settings.fixedFiles = true }
            if let clientName { settings.clientName = clientName }
            let pipeline = Pipeline(diagnostics: diagnostics)
            let result = try pipeline.run(.init(spec: document.spec, overlay: document.overlay, config: settings))
            report(diagnostics)
            let model = result.model
            var counts = "\(model.types.count) types, \(model.operations.count) operations, \(model.operations.filter { $0.pagination != nil }.count) paged, \(model.examples.count) examples; \(model.unmappedCount) constructs could not be mapped"
            let other = result.fromOtherFiles
            if other.files > 0 { counts += "; \(other.schemas) schemas and \(other.operations) operations read from \(other.files) other files" }
            switch try pipeline.write(result, config: settings, check: check) {
            case .written(let files, let removed):
                let folders = [settings.output] + (settings.testKit.map { [$0] } ?? [])
                printError("wrote \(files) changed files, removed \(removed) into \(folders.joined(separator: " and ")) (\(counts))")
            case .upToDate:
                printError("generated files are up to date (\(counts))")
            case .drifted(let diff):
                print(diff, terminator: "")
                printError("error: the generated files differ from a fresh generation; run the same command without --check and commit the result")
                throw ExitCode.failure
            }
        } catch let diagnostic as Diagnostic {
            diagnostics.emit(diagnostic)
            report(diagnostics)
            throw ExitCode.failure
        }
    }
}

struct MergedSpec: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merged-spec",
        abstract: "Writes the spec with the overlay applied, as JSON, for other tools (validators, mock servers)."
    )

    @OptionGroup var document: DocumentOptions

    @Option(help: "Where to write the merged JSON document.")
    var output: String

    func run() throws {
        let diagnostics = Diagnostics()
        do {
            let node = try Pipeline(diagnostics: diagnostics).loadDocument(spec: document.spec, overlay: document.overlay)
            try Data((JSONText.compact(node) + "\n").utf8).write(to: URL(fileURLWithPath: output))
        } catch let diagnostic as Diagnostic {
            diagnostics.emit(diagnostic)
            report(diagnostics)
            throw ExitCode.failure
        }
    }
}

func report(_ diagnostics: Diagnostics) {
    for diagnostic in diagnostics.all where diagnostic.severity != .note {
        printError(diagnostics.format(diagnostic))
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
