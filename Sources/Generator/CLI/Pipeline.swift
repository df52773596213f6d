import ClientModel
import ClientPlan
import Foundation
import OpenAPIReading
import SpecDiff
import SwiftRendering

/// Load → overlay → read → model → name and plan → render → write: the one place the stages are wired together.
struct Pipeline {
    struct Inputs {
        var spec: String
        var overlay: String?
        var config: GeneratorConfig
    }

    struct Result {
        /// Relative path → contents, for the client folder.
        var clientFiles: [String: String]
        var exampleCatalog: String?
        /// Relative path → contents, for the test kit's folder; empty without the `testKit` setting.
        var testKitFiles: [String: String] = [:]
        var model: GenerationModel
        /// What the document brought in from other files.
        var fromOtherFiles = DocumentBundler.Report()
    }

    /// What writing did: files written and removed, or for `--check`, the drift found.
    enum WriteOutcome {
        case written(files: Int, removed: Int)
        case upToDate
        /// A unified diff from the files on disk to a fresh generation.
        case drifted(String)
    }

    let diagnostics: Diagnostics

    /// The document, with every file it refers to brought in, and the overlay applied.
    func loadDocument(spec: String, overlay: String?) throws(Diagnostic) -> Node {
        try loadBundle(spec: spec, overlay: overlay).document
    }

    func loadBundle(spec: String, overlay: String?) throws(Diagnostic) -> (document: Node, report: DocumentBundler.Report) {
        var (document, report) = try DocumentBundler.load(path: spec, diagnostics: diagnostics)
        if let overlay {
            let overlayNode = try DocumentLoader.load(path: overlay, diagnostics: diagnostics)
            document = try OverlayApplier.apply(overlayNode, to: document)
        }
        return (document, report)
    }

    /// The document with the overlay applied, read into typed values (what `diff` compares).
    func readDocument(spec: String, overlay: String?) throws(Diagnostic) -> OpenAPIDocument {
        try DocumentReader(root: loadDocument(spec: spec, overlay: overlay), diagnostics: diagnostics).read()
    }

    func model(spec: String, overlay: String?) throws(Diagnostic) -> GenerationModel {
        try model(root: loadDocument(spec: spec, overlay: overlay))
    }

    func model(root: Node) throws(Diagnostic) -> GenerationModel {
        let document = try DocumentReader(root: root, diagnostics: diagnostics).read()
        return try ModelBuilder(document: document, diagnostics: diagnostics).build()
    }

    func run(_ inputs: Inputs) throws(Diagnostic) -> Result {
        if inputs.config.testKit != nil, inputs.config.access == "internal" {
            throw .error("a test kit is a module of its own and cannot see an internal client: set 'access' to public or package, or remove 'testKit'")
        }
        let (document, report) = try loadBundle(spec: inputs.spec, overlay: inputs.overlay)
        var result = try render(model(root: document), config: inputs.config)
        result.fromOtherFiles = report
        return result
    }

    /// Names and renders a model; separate so tests can render documents held in memory.
    func render(_ model: GenerationModel, config: GeneratorConfig) throws(Diagnostic) -> Result {
        let names = NameTable.assign(model, clientName: config.clientName)
        let plan = PlanBuilder(model: model, names: names, config: config).plan()
        let renderer = try Renderer(templatesDirectory: config.templates)
        return Result(
            clientFiles: renderer.files(plan),
            exampleCatalog: plan.exampleCatalog.map(renderer.exampleCatalog),
            testKitFiles: plan.testKit.map(renderer.testKitFiles) ?? [:],
            model: model
        )
    }

    /// Writes the client folder, the test kit's and the example catalog, changing only files whose bytes differ and
    /// removing Swift files no longer generated; with `check`, writes nothing and reports the drift.
    func write(_ result: Result, config: GeneratorConfig, check: Bool) throws(Diagnostic) -> WriteOutcome {
        var outputs = [(folder: config.output, files: result.clientFiles)]
        if let folder = config.testKit { outputs.append((folder, result.testKitFiles)) }
        if let catalogPath = config.exampleCatalog, let catalog = result.exampleCatalog {
            let url = URL(fileURLWithPath: catalogPath)
            outputs.append((url.deletingLastPathComponent().path, [url.lastPathComponent: catalog]))
        }
        let writer = OutputWriter()
        do {
            if check {
                var drift = ""
                for output in outputs { drift += try writer.diff(output.files, against: output.folder) }
                return drift.isEmpty ? .upToDate : .drifted(drift)
            }
            var written = 0
            var removed = 0
            for output in outputs {
                let summary = try writer.sync(output.files, into: output.folder)
                written += summary.written.count
                removed += summary.removed.count
            }
            return .written(files: written, removed: removed)
        } catch {
            throw .error("cannot write into '\(config.output)': \(error.localizedDescription)")
        }
    }
}
