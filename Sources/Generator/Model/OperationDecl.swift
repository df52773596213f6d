/// An API call to generate: its inputs and the outcomes it can have.
struct OperationDecl: Sendable, Equatable {
    var operationID: String
    var method: String
    var path: String
    var pointer: String
    var origin: SourceOrigin
    var documentation: Documentation
    var parameters: [ParameterDecl]
    var body: BodyDecl?
    /// Success outcomes in the order the spec lists them.
    var outcomes: [Outcome]
    /// A `text/event-stream` success response: the operation also gets a streaming method.
    var eventStream: TypeUsage?
    /// The request-body property set to `true` when streaming (`x-stream-flag`).
    var streamFlag: String?
    var noRetry = false
    var streamEnd: [String] = []
    var pollUntil: PollCondition?
}

/// When polling stops at a 200: the result's `property` holds one of `values`.
struct PollCondition: Sendable, Equatable {
    var property: String
    var values: [String]
}

struct ParameterDecl: Sendable, Equatable {
    var name: String
    var location: Parameter.Location
    var type: TypeUsage
    var required: Bool
    var explode: Bool
    var style = "form"
    var documentation: Documentation
}

struct BodyDecl: Sendable, Equatable {
    enum Encoding: Sendable, Equatable {
        case json
        /// One part per property, in schema order.
        case multipart([FormField])
        case formURLEncoded([FormField])
        case binary(mediaType: String)
        case text(mediaType: String)
    }

    var type: TypeUsage
    var required: Bool
    var encoding: Encoding
    var documentation: Documentation
}

struct FormField: Sendable, Equatable {
    var jsonName: String
    var type: TypeUsage
    var required: Bool
}

struct Outcome: Sendable, Equatable {
    enum Content: Sendable, Equatable {
        case none
        case json(TypeUsage)
        case binary
        case text
    }

    /// `200`, `2XX` or `default`.
    var status: String
    var content: Content
    var documentation: Documentation
}
