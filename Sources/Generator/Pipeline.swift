/// Load → overlay → read → model → name → render: the one place the stages are wired together.
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
        var model: GenerationModel
    }

    let diagnostics: Diagnostics

    /// The document with the overlay applied.
    func loadDocument(spec: String, overlay: String?) throws(Diagnostic) -> Node {
        var document = try DocumentLoader.load(path: spec, diagnostics: diagnostics)
        if let overlay {
            let overlayNode = try DocumentLoader.load(path: overlay, diagnostics: diagnostics)
            document = try OverlayApplier.apply(overlayNode, to: document)
        }
        return document
    }

    func model(spec: String, overlay: String?) throws(Diagnostic) -> GenerationModel {
        let root = try loadDocument(spec: spec, overlay: overlay)
        let document = try DocumentReader(root: root, diagnostics: diagnostics).read()
        return try ModelBuilder(document: document, diagnostics: diagnostics).build()
    }

    func run(_ inputs: Inputs) throws(Diagnostic) -> Result {
        let model = try model(spec: inputs.spec, overlay: inputs.overlay)
        let names = NameAssigner.assign(model, clientName: inputs.config.clientName)
        let renderer = try Renderer(model: model, names: names, config: inputs.config, templatesDirectory: inputs.config.templates)
        return Result(
            clientFiles: renderer.clientFiles(),
            exampleCatalog: inputs.config.exampleCatalog == nil ? nil : renderer.exampleCatalogFile(),
            model: model
        )
    }
}
