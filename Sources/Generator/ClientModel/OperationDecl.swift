import OpenAPIReading

/// An API call to generate: its inputs and the outcomes it can have.
/// An operation's identity: where the document declares it (`#/paths/~1v1~1files/get`).
package struct OperationID: Hashable, Sendable, CustomStringConvertible {
    package var pointer: String
    package var description: String { pointer }
}

package struct OperationDecl: Sendable {
    package var id: OperationID { OperationID(pointer: pointer) }
    package var operationID: String
    package var method: String
    package var path: String
    /// Query items every request sends (a query string in the path key).
    package var fixedQuery: [(name: String, value: String)] = []
    /// Set (by `ModelBuilder.build`) when the operation's security differs from the client's default;
    /// `[]` sends no credential.
    package var security: [[SecurityScheme]]?
    package var pointer: String
    package var origin: SourceOrigin
    package var documentation: Documentation
    package var parameters: [ParameterDecl]
    package var body: BodyDecl?
    /// Success outcomes in the order the spec lists them; never empty: an operation that lists none
    /// has one `2XX` outcome without a body.
    package var outcomes: [Outcome]
    /// The `Accept` header to send: `application/json` for JSON results, else the success media
    /// types (`image/jpeg, image/png`); nil for none, which keeps the client's default.
    package var accept: String?
    /// A `text/event-stream` success response: the operation also gets a streaming method.
    package var eventStream: TypeUsage?
    /// The request body's property the streaming method sets to `true` (`x-stream-flag`).
    package var streamFlag: StreamFlag?
    package var noRetry = false
    package var streamEnd: [String] = []
    /// A 200 with a body and a 202 without: the operation also gets a method that polls until the 200.
    package var polling: Polling?
    /// A single outcome of bytes: the operation also gets a method that writes them to a file.
    package var downloads = false
    /// Pages by a token: the operation also gets a method whose sequence follows it page by page.
    package var pagination: Pagination?
}

/// Cursor or token pagination: the query parameter that takes the token, the page's array of items,
/// and where the page says what comes next. Inferred (`ModelBuilder.pagination`) or given
/// (`x-pagination`); `docs/type-mapping.md` states the rule.
package struct Pagination: Sendable, Equatable {
    package enum Next: Sendable, Equatable {
        /// A string property holding the next token; absent, null or empty on the last page.
        case token(propertyIndex: Int)
        /// `has_more` and `last_id` (OpenAI's lists): the last item's id is the next `after`.
        case lastID(hasMoreIndex: Int, lastIDIndex: Int)
    }

    /// Index into the operation's `parameters`.
    package var tokenParameter: Int
    /// The page: the success outcome's structure.
    package var page: DeclID
    package var itemsIndex: Int
    package var itemType: TypeUsage
    package var next: Next
}

/// The JSON request body's boolean property that asks for a stream (`x-stream-flag: stream`).
package struct StreamFlag: Sendable, Equatable {
    package var structure: DeclID
    package var propertyIndex: Int
}

/// How `…WhenReady` polls: call until the outcome at `ready` (not the one at `pending`), and with
/// `until`, until the result's string property holds one of the final values (`x-poll-until`).
package struct Polling: Sendable, Equatable {
    /// When a 200 is final: the result structure's property at `propertyIndex` holds one of `values`.
    package struct Until: Sendable, Equatable {
        package var structure: DeclID
        package var propertyIndex: Int
        package var values: [String]
        /// An open string enum compares by raw value; a plain string is its own.
        package var comparesRawValue: Bool
        package var isOptional: Bool
    }

    package var ready: Int
    package var pending: Int
    package var result: TypeUsage
    package var until: Until?
}

/// How a parameter's value is written into the request.
package enum ParameterSerialisation: Sendable, Equatable {
    /// A string, number, boolean, date or string enum: its plain text form.
    case path
    /// A union, an object, an array or a nullable value: through its JSON form, by the `simple`
    /// style (`a,b`; an object `k,v`); a union sends the value it holds.
    case pathEncoded
    /// Strings, numbers, booleans, dates, string enums and arrays of them: their plain text form.
    /// `explode` only for an array (`a=1&a=2` or `a=1,2`); nil for a single value.
    case queryText(explode: Bool?)
    /// Objects and unions: through their JSON form, which can fail.
    case queryEncoded(style: String, explode: Bool)
    case headerText
    case headerEncoded
}

package struct ParameterDecl: Sendable, Equatable {
    package var name: String
    package var location: Parameter.Location
    package var type: TypeUsage
    package var required: Bool
    package var serialisation: ParameterSerialisation
    package var documentation: Documentation
}

package struct BodyDecl: Sendable, Equatable {
    package enum Encoding: Sendable, Equatable {
        /// `application/json`, or another JSON media type (`application/json-patch+json`).
        case json(mediaType: String)
        /// One part per property, in schema order.
        case multipart([FormField])
        case formURLEncoded([FormField])
        case binary(mediaType: String)
        case text(mediaType: String)
    }

    package var type: TypeUsage
    package var required: Bool
    package var encoding: Encoding
    package var documentation: Documentation
}

package struct FormField: Sendable, Equatable {
    package var jsonName: String
    package var type: TypeUsage
    package var required: Bool
    /// For a url-encoded object or array: its `style` and `explode` (the Encoding Object's, else
    /// `form` exploded), unless its `contentType` asks for JSON text. Nil writes the plain text form.
    package var serialisation: (style: String, explode: Bool)?

    package static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.jsonName == rhs.jsonName && lhs.type == rhs.type && lhs.required == rhs.required
            && lhs.serialisation?.style == rhs.serialisation?.style && lhs.serialisation?.explode == rhs.serialisation?.explode
    }
}

package struct Outcome: Sendable, Equatable {
    package enum Content: Sendable, Equatable {
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
    package var status: String
    package var content: Content
    package var documentation: Documentation
    /// The JSON examples the document gives for this response, for test kits to answer with.
    package var examples: [ResponseExample] = []
}

/// A response example, named as the document names it (`example` for a media type's single one).
package struct ResponseExample: Sendable, Equatable {
    package var name: String
    /// Compact JSON text.
    package var json: String
}
