import ClientModel
import OpenAPIReading

/// Turns the model and its names into the plan: every decision about what a file holds and how
/// each declaration is spelled and coded is made here, so the renderer only copies.
package struct PlanBuilder: Sendable {
    package let model: GenerationModel
    package let names: NameTable
    package let config: GeneratorConfig
    package var spelling: TypeSpelling { TypeSpelling(names: names) }
    private let declarations: [DeclID: TypeDecl]

    package init(model: GenerationModel, names: NameTable, config: GeneratorConfig) {
        self.model = model
        self.names = names
        self.config = config
        declarations = Dictionary(model.types.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The model's declaration of `id`; every `.named` use refers to one.
    func declaration(of id: DeclID) -> TypeDecl {
        guard let decl = declarations[id] else { preconditionFailure("the model declares no type at \(id.pointer)") }
        return decl
    }

    /// A file per type and per operation, the client's, and with `requestCatalog` the catalog.
    /// Each type's and operation's part is planned on its own, on every core; the order stays the model's.
    package func plan() -> GenerationPlan {
        let children = Dictionary(grouping: model.types.compactMap { decl in decl.parent.map { (parent: $0, decl: decl) } }, by: \.parent)
            .mapValues { $0.map(\.decl) }
        let roots = model.types.filter { $0.parent == nil }
        var files: [PlannedFile] = concurrentMap(roots.count) { index in
            var declarations = [declaration(roots[index])]
            appendNested(of: roots[index].id, children: children, into: &declarations)
            return PlannedFile(path: names.file(ofTopLevel: roots[index].id), group: .types, declarations: declarations)
        }
        files.append(PlannedFile(path: names.clientFile, group: .client, declarations: [.client(clientView())]))
        let operationViews = model.operations.map(operationView)
        files += concurrentMap(model.operations.count) { index in
            let operation = model.operations[index]
            return PlannedFile(
                path: names[operation: operation.id].file, group: .operations,
                declarations: [.operation(operationViews[index], outputs: outputEnumView(operation))]
            )
        }
        if config.requestCatalog {
            files.append(PlannedFile(path: "RequestCatalog.swift", group: .client, declarations: [.requestCatalog(requestCatalogView(operationViews))]))
        }
        return GenerationPlan(
            files: files,
            exampleCatalog: config.exampleCatalog == nil ? nil : exampleCatalogView(),
            testKit: config.testKit == nil ? nil : testKitView(operationViews),
            imports: ["@_spi(Generated) import GeneratedClientRuntime", "import Foundation"],
            fixedFiles: config.fixedFiles
        )
    }

    /// Nested types in the order the model declares them, each followed by its own nested types.
    private func appendNested(of parent: DeclID, children: [DeclID: [TypeDecl]], into declarations: inout [PlannedDeclaration]) {
        for child in children[parent] ?? [] {
            declarations.append(.nested(parent: names[type: parent].qualified, declaration(child)))
            appendNested(of: child.id, children: children, into: &declarations)
        }
    }

    /// The example catalog the conformance tests iterate.
    private func exampleCatalogView() -> ExampleCatalogView {
        let examples = model.examples.map { example in
            ExampleView(
                pointerLiteral: TypeSpelling.literal("#" + example.pointer),
                type: spelling.spell(example.type),
                jsonLiteral: Self.rawLiteral(JSONText.compact(example.json))
            )
        }
        return ExampleCatalogView(clientModule: config.moduleName, examples: examples)
    }

    /// The `@available(*, deprecated, message:)` reason of a deprecated declaration; nil otherwise.
    static func deprecation(_ documentation: Documentation) -> DeprecationView? {
        documentation.deprecation.map { DeprecationView(messageLiteral: TypeSpelling.literal($0)) }
    }

    /// A raw string literal that needs no escaping.
    static func rawLiteral(_ text: String) -> String {
        var hashes = "#"
        while text.contains("\"" + hashes) { hashes += "#" }
        return hashes + "\"" + text + "\"" + hashes
    }
}
