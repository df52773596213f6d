/// An API call to generate: its inputs and the outcomes it can have.
struct OperationDecl: Sendable {
    var operationID: String
    var method: String
    var path: String
    /// Query items every request sends (a query string in the path key).
    var fixedQuery: [(name: String, value: String)] = []
    /// Set (by `ModelBuilder.build`) when the operation's security differs from the client's default;
    /// `[]` sends no credential.
    var security: [[SecurityScheme]]?
    var pointer: String
    var origin: SourceOrigin
    var documentation: Documentation
    var parameters: [ParameterDecl]
    var body: BodyDecl?
    /// Success outcomes in the order the spec lists them; never empty: an operation that lists none
    /// has one `2XX` outcome without a body.
    var outcomes: [Outcome]
    /// The `Accept` header to send: `application/json` for JSON results, else the success media
    /// types (`image/jpeg, image/png`); nil for none, which keeps the client's default.
    var accept: String?
    /// A `text/event-stream` success response: the operation also gets a streaming method.
    var eventStream: TypeUsage?
    /// The request-body property set to `true` when streaming (`x-stream-flag`).
    var streamFlag: String?
    var noRetry = false
    var streamEnd: [String] = []
    /// A 200 with a body and a 202 without: the operation also gets a method that polls until the 200.
    var polling: Polling?
    /// A single outcome of bytes: the operation also gets a method that writes them to a file.
    var downloads = false
}

/// How `…WhenReady` polls: call until the outcome at `ready` (not the one at `pending`), and with
/// `until`, until the result's string property holds one of the final values (`x-poll-until`).
struct Polling: Sendable, Equatable {
    /// When a 200 is final: the result structure's property at `propertyIndex` holds one of `values`.
    struct Until: Sendable, Equatable {
        var structure: DeclID
        var propertyIndex: Int
        var values: [String]
        /// An open string enum compares by raw value; a plain string is its own.
        var comparesRawValue: Bool
        var isOptional: Bool
    }

    var ready: Int
    var pending: Int
    var result: TypeUsage
    var until: Until?
}

/// How a parameter's value is written into the request.
enum ParameterSerialisation: Sendable, Equatable {
    case path
    /// Strings, numbers, booleans, dates, string enums and arrays of them: their plain text form.
    case queryText(explode: Bool)
    /// Objects and unions: through their JSON form, which can fail.
    case queryEncoded(style: String, explode: Bool)
    case headerText
    case headerEncoded
}

struct ParameterDecl: Sendable, Equatable {
    var name: String
    var location: Parameter.Location
    var type: TypeUsage
    var required: Bool
    var serialisation: ParameterSerialisation
    var documentation: Documentation
}

struct BodyDecl: Sendable, Equatable {
    enum Encoding: Sendable, Equatable {
        /// `application/json`, or another JSON media type (`application/json-patch+json`).
        case json(mediaType: String)
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
    /// For a url-encoded object or array: its `style` and `explode` (the Encoding Object's, else
    /// `form` exploded), unless its `contentType` asks for JSON text. Nil writes the plain text form.
    var serialisation: (style: String, explode: Bool)?

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.jsonName == rhs.jsonName && lhs.type == rhs.type && lhs.required == rhs.required
            && lhs.serialisation?.style == rhs.serialisation?.style && lhs.serialisation?.explode == rhs.serialisation?.explode
    }
}

struct Outcome: Sendable, Equatable {
    enum Content: Sendable, Equatable {
        case none
        case json(TypeUsage)
        case binary
        case text
        /// JSON beside text or bytes: told apart by the response's `Content-Type` (`MediaBody`);
        /// nil when no JSON media type is listed.
        case media(json: TypeUsage?)
        /// A `multipart/*` body, split into its parts.
        case multipart
    }

    /// `200`, `2XX` or `default`.
    var status: String
    var content: Content
    var documentation: Documentation
}
