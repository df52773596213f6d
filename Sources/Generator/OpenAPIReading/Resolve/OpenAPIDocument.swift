/// The parts of an OpenAPI document that code is generated from, with every `$ref` to a parameter,
/// request body, response or path item followed. Schema `$ref`s stay references: they become named types.
package struct OpenAPIDocument: Sendable {
    package var version: String
    package var title: String
    package var summary: String?
    package var serverURL: String?
    /// The document's `security`: alternatives, each the schemes one request sends together;
    /// nil when the document does not say.
    package var security: [[SecurityScheme]]?
    package var schemas: [(name: String, schema: Schema)]
    package var operations: [Operation]
    /// Where a named schema's node lives, for `$ref`s outside `#/components/schemas`.
    package var root: Node
    /// Every example in the document: media-type, schema and property examples.
    package var examples: [Example]
}

package struct Operation: Sendable {
    package var operationID: String
    package var method: String
    /// The path key without a query string.
    package var path: String
    /// `/batches?beta=true` as a path key: query items every request of this operation sends.
    package var fixedQuery: [(name: String, value: String)] = []
    /// The operation's own `security`, replacing the document's; `[]` means none.
    package var security: [[SecurityScheme]]?
    package var pointer: String
    package var origin: SourceOrigin
    package var summary: String?
    package var description: String?
    package var deprecated: Bool
    /// `x-deprecation-message`: why the operation is deprecated and what replaces it.
    package var deprecationMessage: String?
    package var parameters: [Parameter]
    package var requestBody: RequestBody?
    package var responses: [Response]
    /// `x-stream-flag`: the boolean request-body property that switches the response to server-sent events.
    package var streamFlag: String?
    /// `x-no-retry: true`: the call must not be repeated (the server answers it only once).
    package var noRetry: Bool
    /// `x-stream-end`: event types (SSE `event:` or the data's `type`) after which a stream is complete,
    /// for APIs that do not send `data: [DONE]`.
    package var streamEnd: [String]
    /// `x-poll-until: {property, values}`: a 200 is final only when that property holds one of the values.
    package var pollUntil: (property: String, values: [String])?
    /// `x-pagination`: how the operation pages, where the generator cannot tell (or to turn it off).
    package var pagination: PaginationHint?
}

/// `x-pagination: false`, or `x-pagination: {token, next, items}`: the query parameter that takes the
/// token, the response property that holds the next one, and the response's array of items.
package enum PaginationHint: Sendable {
    case off
    case given(token: String?, next: String?, items: String?)
}

package struct Parameter: Sendable {
    package enum Location: String, Sendable { case path, query, header, cookie }
    package var name: String
    package var location: Location
    package var required: Bool
    package var description: String?
    package var deprecated: Bool
    package var schema: Schema
    package var explode: Bool
    /// `form`, `simple`, `deepObject`, ...
    package var style: String
    package var pointer: String
}

package struct MediaContent: Sendable {
    package var mediaType: String
    package var schema: Schema?
    package var pointer: String
    /// The Encoding Object of a form body: property name → how that property is written.
    package var encoding: [String: PropertyEncoding] = [:]
    /// A JSON media type's own examples, in the document's order: `example` (named `example`),
    /// then each of `examples` that has a `value`.
    package var examples: [(name: String, pointer: String, value: Node)] = []
}

/// One entry of a media type's `encoding` map.
package struct PropertyEncoding: Sendable, Equatable {
    package var contentType: String?
    package var style: String?
    package var explode: Bool?
}

package struct RequestBody: Sendable {
    package var required: Bool
    package var description: String?
    package var contents: [MediaContent]
    package var pointer: String
}

package struct Response: Sendable {
    /// `200`, `2XX` or `default`.
    package var status: String
    package var description: String?
    package var contents: [MediaContent]
    package var pointer: String
}

/// An example value and the schema it claims to satisfy.
package struct Example: Sendable {
    package var pointer: String
    package var schema: Schema
    package var value: Node
}

/// How a request carries a credential (an entry of `components/securitySchemes`).
package enum SecurityScheme: Sendable, Hashable {
    /// `Authorization: Bearer …`: HTTP bearer, OAuth 2 and OpenID Connect tokens.
    case bearer
    /// `Authorization: Basic …`.
    case basic
    /// The key in a header, query item or cookie called `name`.
    case apiKey(name: String, location: String)
}
