/// Everything the renderer writes, decided and named: every file, in order, the declarations in it,
/// and for each the view its template copies. The renderer adds nothing but the templates' text.
package struct GenerationPlan: Sendable {
    package var files: [PlannedFile]
    /// The example catalog for the conformance tests; nil when the settings ask for none.
    package var exampleCatalog: ExampleCatalogView?
    /// The client's `Mock`, for a test target; nil when the settings ask for none.
    package var testKit: TestKitView?
    /// The import lines of every client file; the runtime's with its `Generated` SPI, the helpers
    /// only generated code calls.
    package var imports: [String]
    /// Always the same three files, one per `PlannedFile.Group` (the `fixedFiles` setting).
    package var fixedFiles: Bool
}

package struct PlannedFile: Sendable {
    /// Where the file's declarations go when the settings ask for three fixed files.
    package enum Group: String, CaseIterable, Sendable {
        case client = "Client.swift"
        case types = "Types.swift"
        case operations = "Operations.swift"
    }

    /// Relative to the client folder; unique in the module ignoring case and folders.
    package var path: String
    package var group: Group
    /// In the order they are written, separated by a blank line.
    package var declarations: [PlannedDeclaration]
}

package indirect enum PlannedDeclaration: Sendable {
    case structure(StructView)
    case stringEnum(StringEnumView)
    case union(UnionView)
    case alias(TypeAliasView)
    case tuple(TupleView)
    case client(ClientView)
    /// An operation's methods, after the enum of its outcomes when it has several.
    case operation(OperationView, outputs: OutputEnumView?)
    case requestCatalog(RequestCatalogView)
    /// A nested type, declared in `extension <parent>` (the parent's qualified name): Swift
    /// extensions cannot nest, so each nested type gets its own.
    case nested(parent: String, PlannedDeclaration)
}
