// The views of `Templates/Operation.mustache`, `RequestStep.mustache` and `OutputEnum.mustache`.
// Each key means one thing wherever it appears, so no template relies on Mustache's context stack.

struct OperationView {
    var clientName: String
    var access: String
    var docLines: [String]
    /// Set when deprecated: every method of the operation carries `@available(*, deprecated, message:)`.
    var deprecation: DeprecationView?
    /// The operation's own method, escaped.
    var methodName: String
    /// The `…Request` builder's name, escaped.
    var requestBuilderName: String
    var parameters: [ParameterView]
    var hasParameters: Bool
    /// The operation has a streaming method: the request builder takes `streaming:`.
    var streams: Bool
    var returnType: String
    var method: String
    var pathParts: [PathPartView]
    var operationIDLiteral: String
    /// What the request builder does after creating the request, in order.
    var requestSteps: [RequestStepView]
    var outcomes: [OutcomeView]
    var stream: StreamView?
    var poll: PollView?
    /// Set for operations whose single outcome is bytes: adds a variant that writes them to a file.
    var download: Bool
}

struct ParameterView {
    /// Escaped: the argument's label, unless `unlabelled`.
    var name: String
    /// Escaped: the argument's name inside the method, when it differs from its label.
    var internalName: String?
    var type: String
    /// `= nil` in the declaration.
    var defaultsToNil: Bool
    /// The body when it is the only argument: `_ body`.
    var unlabelled: Bool
}

/// A piece of the path: fixed text, or a parameter that is percent-encoded as one segment.
struct PathPartView {
    /// Text already escaped for a string literal.
    var literalText: String
    var argument: String?
}

/// One step of a request builder; exactly one field is set.
struct RequestStepView {
    var accept: AcceptStepView?
    /// A query item every request sends (a query string in the path key).
    var fixedQuery: FixedQueryStepView?
    /// The operation's own security requirements, when they differ from the document's.
    var security: SecurityStepView?
    var queryText: QueryStepView?
    var queryEncoded: EncodedQueryStepView?
    var headerText: HeaderStepView?
    var headerEncoded: HeaderStepView?
    var body: BodyStepView?
    var eventStream: EventStreamStepView?
    var noRetry = false
}

struct AcceptStepView {
    var mediaTypeLiteral: String
}

struct FixedQueryStepView {
    var nameLiteral: String
    var valueLiteral: String
}

struct SecurityStepView {
    /// `[[.bearer]]`, `[]` for none.
    var requirementsLiteral: String
}

struct QueryStepView {
    var nameLiteral: String
    var argument: String
    var explode: Bool
}

struct HeaderStepView {
    var nameLiteral: String
    var argument: String
}

struct EncodedQueryStepView {
    var nameLiteral: String
    var argument: String
    var styleLiteral: String
    var explode: Bool
}

/// Writes the body argument; an optional body is written only when given.
struct BodyStepView {
    var bodyIsOptional: Bool
    var json: Bool
    /// A JSON media type other than `application/json`, as a literal.
    var jsonContentTypeLiteral: String?
    var form: FormBodyView?
    var bytesContentTypeLiteral: String?
    var textContentTypeLiteral: String?
}

struct FormBodyView {
    var multipart: Bool
    var fields: [FormFieldView]
}

struct FormFieldView {
    var nameLiteral: String
    /// The body's Swift property, escaped.
    var member: String
    /// A url-encoded object or array: its style as a literal, and explode.
    var styleLiteral: String?
    var explode: Bool
}

struct EventStreamStepView {
    /// The body flag set to `true` when streaming (`x-stream-flag`), or `nil`.
    var flagLiteral: String
}

/// One `case` of the status switch and how it reads the body: at most one of `responseType`,
/// `mediaBodyType`, `readsBytes`, `readsText` and `readsParts` is set.
struct OutcomeView {
    /// `200`, or `200..<300` for `2XX`.
    var statusPattern: String
    /// The output enum case, when the operation has several outcomes.
    var caseName: String?
    /// The case carries the body: `.ok(…)`.
    var wrapped: Bool
    /// A single outcome without a body returns `()`.
    var returnsVoid: Bool
    var responseType: String?
    /// Several kinds of body: the JSON type decoded when the answer is JSON (`Swift.Never` for none).
    var mediaBodyType: String?
    var readsBytes = false
    var readsText = false
    /// A multipart body, split into its parts.
    var readsParts = false
}

/// An operation answering 202 while its result is prepared and 200 with it gets a method that polls.
struct PollView {
    var pollDocLines: [String]
    var pollMethodName: String
    var resultType: String
    var readyCase: String
    var pendingCase: String
    /// `x-poll-until`: the result's string property and the values that end polling.
    var until: PollUntilView?
}

struct PollUntilView {
    /// The result's property, escaped.
    var member: String
    var propertyIsOptional: Bool
    var rawValue: Bool
    var valuesLiteral: String
}

struct StreamView {
    var streamDocLines: [String]
    var streamMethodName: String
    var eventType: String
    /// A Swift array literal of the event types that end the stream besides `data: [DONE]`.
    var terminalEvents: String
}

struct OutputEnumView {
    var docLines: [String]
    var access: String
    var name: String
    /// Conforms to `Hashable` (the `hashable` setting).
    var hashable: Bool
    var cases: [OutputCaseView]
}

struct OutputCaseView {
    var caseDocLines: [String]
    var caseName: String
    /// The associated value's type; nil for an outcome without a body.
    var payloadType: String?
}

/// `RequestCatalog.mustache`: every request builder, taking its arguments as JSON.
struct RequestCatalogView {
    var access: String
    var clientName: String
    var entries: [RequestCatalogEntryView]
    var roundTrips: [RoundTripView]
}

/// A JSON success response's type, for the response round trip.
struct RoundTripView {
    /// `"operationId 200"`.
    var keyLiteral: String
    var type: String
}

struct RequestCatalogEntryView {
    var operationIDLiteral: String
    var requestBuilderName: String
    var catalogArguments: [CatalogArgumentView]
}

struct CatalogArgumentView {
    /// The argument's name, escaped.
    var name: String
    var unlabelled: Bool
    /// `query:limit`, `path:id`, `header:X-Trace`, or `body`.
    var keyLiteral: String
    var type: String
}
