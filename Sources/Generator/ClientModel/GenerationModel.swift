import OpenAPIReading

/// Everything the later stages need: the types and operations to generate, in spec order.
package struct GenerationModel: Sendable {
    package var title: String
    package var summary: String?
    package var serverURL: String?
    /// The document's security requirements: alternatives of schemes sent together.
    package var security: [[SecurityScheme]]
    package var types: [TypeDecl]
    package var operations: [OperationDecl]
    /// Example values with the type each should decode into, for the conformance tests.
    package var examples: [ExampleUse]
    /// Constructs reported as warnings because they could not be mapped faithfully.
    package var unmappedCount: Int
}

package struct ExampleUse: Sendable, Equatable {
    package var pointer: String
    package var type: TypeUsage
    package var json: Node
}
