/// Everything the later stages need: the types and operations to generate, in spec order.
struct GenerationModel: Sendable {
    var title: String
    var summary: String?
    var serverURL: String?
    /// The document's security requirements: alternatives of schemes sent together.
    var security: [[SecurityScheme]]
    var types: [TypeDecl]
    var operations: [OperationDecl]
    /// Example values with the type each should decode into, for the conformance tests.
    var examples: [ExampleUse]
    /// Constructs reported as warnings because they could not be mapped faithfully.
    var unmappedCount: Int
}

struct ExampleUse: Sendable, Equatable {
    var pointer: String
    var type: TypeUsage
    var json: Node
}
