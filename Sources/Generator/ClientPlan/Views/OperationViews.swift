import ClientModel
import OpenAPIReading

// The views of `Templates/Operation.mustache`, `RequestStep.mustache` and `OutputEnum.mustache`.
// Each key means one thing wherever it appears, so no template relies on Mustache's context stack.

package struct OperationView: Sendable {
    package var clientName: String
    package var access: String
    package var docLines: [String]
    /// Set when deprecated: every method of the operation carries `@available(*, deprecated, message:)`.
    package var deprecation: DeprecationView?
    /// The operation's own method, escaped.
    package var methodName: String
    /// The `…Request` builder's name, escaped.
    package var requestBuilderName: String
    package var parameters: [ParameterView]
    package var hasParameters: Bool
    /// The operation has a streaming method: the request builder takes `streaming:`.
    package var streams: Bool
    package var returnType: String
    package var method: String
    package var pathParts: [PathPartView]
    package var operationIDLiteral: String
    /// What the request builder does after creating the request, in order.
    package var requestSteps: [RequestStepView]
    package var outcomes: [OutcomeView]
    package var stream: StreamView?
    package var poll: PollView?
    package var pages: PagesView?
    /// Set for operations whose single outcome is bytes: adds a variant that writes them to a file.
    package var download: Bool
}

package struct ParameterView: Sendable {
    /// Escaped: the argument's label, unless `unlabelled`.
    package var name: String
    /// Escaped: the argument's name inside the method, when it differs from its label.
    package var internalName: String?
    package var type: String
    /// `= nil` in the declaration.
    package var defaultsToNil: Bool
    /// The body when it is the only argument: `_ body`.
    package var unlabelled: Bool
}

/// A piece of the path: fixed text, or a parameter that is percent-encoded as one segment.
package struct PathPartView: Sendable {
    /// Text already escaped for a string literal.
    package var literalText: String
    package var argument: String?
    /// The argument goes through its JSON form (a union, an object, an array, a nullable value).
    package var encoded = false
}

/// One step of a request builder; exactly one field is set.
package struct RequestStepView: Sendable {
    package var accept: AcceptStepView?
    /// A query item every request sends (a query string in the path key).
    package var fixedQuery: FixedQueryStepView?
    /// The operation's own security requirements, when they differ from the document's.
    package var security: SecurityStepView?
    package var queryText: QueryStepView?
    package var queryEncoded: EncodedQueryStepView?
    package var headerText: HeaderStepView?
    package var headerEncoded: HeaderStepView?
    package var body: BodyStepView?
    package var noRetry = false
}

package struct AcceptStepView: Sendable {
    /// The header's value as Swift: a literal, or one that depends on `streaming`.
    package var valueExpression: String
    /// Set only for a streaming request (an operation whose results have no media type of their own).
    package var onlyWhenStreaming = false
}

package struct FixedQueryStepView: Sendable {
    package var nameLiteral: String
    package var valueLiteral: String
}

package struct SecurityStepView: Sendable {
    /// `[[.bearer]]`, `[]` for none.
    package var requirementsLiteral: String
}

package struct QueryStepView: Sendable {
    package var nameLiteral: String
    package var argument: String
    /// `true` or `false` for an array (`a=1&a=2` or `a=1,2`); nil for a single value.
    package var explode: String?
}

package struct HeaderStepView: Sendable {
    package var nameLiteral: String
    package var argument: String
}

package struct EncodedQueryStepView: Sendable {
    package var nameLiteral: String
    package var argument: String
    package var styleLiteral: String
    package var explode: Bool
}

/// Writes the body argument; an optional body is written only when given.
package struct BodyStepView: Sendable {
    package var bodyIsOptional: Bool
    package var json: Bool
    /// A JSON media type other than `application/json`, as a literal.
    package var jsonContentTypeLiteral: String?
    package var form: FormBodyView?
    package var bytesContentTypeLiteral: String?
    package var textContentTypeLiteral: String?
    /// The body's property set to `true` when streaming (`x-stream-flag`).
    package var streamFlagMember: String?
}

package struct FormBodyView: Sendable {
    package var multipart: Bool
    package var fields: [FormFieldView]
}

package struct FormFieldView: Sendable {
    package var nameLiteral: String
    /// The body's Swift property, escaped.
    package var member: String
    /// A url-encoded object or array: its style as a literal, and explode.
    package var styleLiteral: String?
    package var explode: Bool
}


/// One `case` of the status switch and how it reads the body: at most one of `responseType`,
/// `mediaBodyType`, `readsBytes`, `readsText` and `readsParts` is set.
package struct OutcomeView: Sendable {
    /// `200`, or `200..<300` for `2XX`.
    package var statusPattern: String
    /// The output enum case, when the operation has several outcomes.
    package var caseName: String?
    /// The case carries the body: `.ok(…)`.
    package var wrapped: Bool
    /// A single outcome without a body returns `()`.
    package var returnsVoid: Bool
    package var responseType: String?
    /// Several kinds of body: the JSON type decoded when the answer is JSON (`Swift.Never` for none).
    package var mediaBodyType: String?
    package var readsBytes = false
    package var readsText = false
    /// A multipart body, split into its parts.
    package var readsParts = false
}

/// An operation answering 202 while its result is prepared and 200 with it gets a method that polls.
package struct PollView: Sendable {
    package var pollDocLines: [String]
    package var pollMethodName: String
    package var resultType: String
    package var readyCase: String
    package var pendingCase: String
    /// `x-poll-until`: the result's string property and the values that end polling.
    package var until: PollUntilView?
}

package struct PollUntilView: Sendable {
    /// The result's property, escaped.
    package var member: String
    package var propertyIsOptional: Bool
    package var rawValue: Bool
    package var valuesLiteral: String
}

/// Token pagination: a method whose sequence calls the operation page by page.
package struct PagesView: Sendable {
    package var pagesDocLines: [String]
    package var pagesMethodName: String
    /// The operation's parameters without the token (the `Parameters` partial declares them).
    package var parameters: [ParameterView]
    /// The operation's call, its token argument being `tokenLocal`.
    package var call: PagesCallView
    package var tokenLocal: String
    package var pageType: String
    package var itemType: String
    /// The page's items, from the page `$0`: `$0.batches`.
    package var itemsExpression: String
    /// The next token, from the page `$0`: `$0.paginationToken`.
    package var nextTokenExpression: String
}

/// The arguments of the operation's call inside a pages method (the `Arguments` partial passes them).
package struct PagesCallView: Sendable {
    package var parameters: [ParameterView]
}

package struct StreamView: Sendable {
    package var streamDocLines: [String]
    package var streamMethodName: String
    package var eventType: String
    /// A Swift array literal of the event types that end the stream besides `data: [DONE]`.
    package var terminalEvents: String
}

package struct OutputEnumView: Sendable {
    package var docLines: [String]
    package var access: String
    package var name: String
    /// Conforms to `Hashable` (the `hashable` setting).
    package var hashable: Bool
    package var cases: [OutputCaseView]
}

package struct OutputCaseView: Sendable {
    package var caseDocLines: [String]
    package var caseName: String
    /// The associated value's type; nil for an outcome without a body.
    package var payloadType: String?
}

/// `RequestCatalog.mustache`: every request builder, taking its arguments as JSON.
package struct RequestCatalogView: Sendable {
    package var access: String
    package var clientName: String
    package var entries: [RequestCatalogEntryView]
    package var roundTrips: [RoundTripView]
}

/// A JSON success response's type, for the response round trip.
package struct RoundTripView: Sendable {
    /// `"operationId 200"`.
    package var keyLiteral: String
    package var type: String
}

package struct RequestCatalogEntryView: Sendable {
    package var operationIDLiteral: String
    package var requestBuilderName: String
    package var catalogArguments: [CatalogArgumentView]
}

package struct CatalogArgumentView: Sendable {
    /// The argument's name, escaped.
    package var name: String
    package var unlabelled: Bool
    /// `query:limit`, `path:id`, `header:X-Trace`, or `body`.
    package var keyLiteral: String
    package var type: String
}
