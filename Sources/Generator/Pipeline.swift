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
        try model(root: loadDocument(spec: spec, overlay: overlay))
    }

    func model(root: Node) throws(Diagnostic) -> GenerationModel {
        let document = try DocumentReader(root: root, diagnostics: diagnostics).read()
        return try ModelBuilder(document: document, diagnostics: diagnostics).build()
    }

    func run(_ inputs: Inputs) throws(Diagnostic) -> Result {
        try render(model(spec: inputs.spec, overlay: inputs.overlay), config: inputs.config)
    }

    /// Names and renders a model; separate so tests can render documents held in memory.
    func render(_ model: GenerationModel, config: GeneratorConfig) throws(Diagnostic) -> Result {
        let names = NameAssigner.assign(model, clientName: config.clientName)
        let renderer = try Renderer(model: model, names: names, config: config, templatesDirectory: config.templates)
        return Result(
            clientFiles: renderer.clientFiles(),
            exampleCatalog: config.exampleCatalog == nil ? nil : renderer.exampleCatalogFile(),
            model: model
        )
    }
}
