/// The parts of an OpenAPI document that code is generated from, with every `$ref` to a parameter,
/// request body, response or path item followed. Schema `$ref`s stay references: they become named types.
struct OpenAPIDocument: Sendable {
    var version: String
    var title: String
    var summary: String?
    var serverURL: String?
    /// The document's `security`: alternatives, each the schemes one request sends together;
    /// nil when the document does not say.
    var security: [[SecurityScheme]]?
    var schemas: [(name: String, schema: Schema)]
    var operations: [Operation]
    /// Where a named schema's node lives, for `$ref`s outside `#/components/schemas`.
    var root: Node
    /// Every example in the document: media-type, schema and property examples.
    var examples: [Example]
}

struct Operation: Sendable {
    var operationID: String
    var method: String
    /// The path key without a query string.
    var path: String
    /// `/batches?beta=true` as a path key: query items every request of this operation sends.
    var fixedQuery: [(name: String, value: String)] = []
    /// The operation's own `security`, replacing the document's; `[]` means none.
    var security: [[SecurityScheme]]?
    var pointer: String
    var origin: SourceOrigin
    var summary: String?
    var description: String?
    var deprecated: Bool
    /// `x-deprecation-message`: why the operation is deprecated and what replaces it.
    var deprecationMessage: String?
    var parameters: [Parameter]
    var requestBody: RequestBody?
    var responses: [Response]
    /// `x-stream-flag`: the boolean request-body property that switches the response to server-sent events.
    var streamFlag: String?
    /// `x-no-retry: true`: the call must not be repeated (the server answers it only once).
    var noRetry: Bool
    /// `x-stream-end`: event types (SSE `event:` or the data's `type`) after which a stream is complete,
    /// for APIs that do not send `data: [DONE]`.
    var streamEnd: [String]
    /// `x-poll-until: {property, values}`: a 200 is final only when that property holds one of the values.
    var pollUntil: (property: String, values: [String])?
}

struct Parameter: Sendable {
    enum Location: String, Sendable { case path, query, header, cookie }
    var name: String
    var location: Location
    var required: Bool
    var description: String?
    var deprecated: Bool
    var schema: Schema
    var explode: Bool
    /// `form`, `simple`, `deepObject`, ...
    var style: String
    var pointer: String
}

struct MediaContent: Sendable {
    var mediaType: String
    var schema: Schema?
    var pointer: String
    /// The Encoding Object of a form body: property name → how that property is written.
    var encoding: [String: PropertyEncoding] = [:]
}

/// One entry of a media type's `encoding` map.
struct PropertyEncoding: Sendable, Equatable {
    var contentType: String?
    var style: String?
    var explode: Bool?
}

struct RequestBody: Sendable {
    var required: Bool
    var description: String?
    var contents: [MediaContent]
    var pointer: String
}

struct Response: Sendable {
    /// `200`, `2XX` or `default`.
    var status: String
    var description: String?
    var contents: [MediaContent]
    var pointer: String
}

/// An example value and the schema it claims to satisfy.
struct Example: Sendable {
    var pointer: String
    var schema: Schema
    var value: Node
}

/// How a request carries a credential (an entry of `components/securitySchemes`).
enum SecurityScheme: Sendable, Hashable {
    /// `Authorization: Bearer …`: HTTP bearer, OAuth 2 and OpenID Connect tokens.
    case bearer
    /// `Authorization: Basic …`.
    case basic
    /// The key in a header, query item or cookie called `name`.
    case apiKey(name: String, location: String)
}
