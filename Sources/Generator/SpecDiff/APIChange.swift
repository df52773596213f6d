import OpenAPIReading

/// One difference between two versions of an API, judged for a client of the generated code.
package struct APIChange: Sendable, Equatable, Comparable, Codable {
    /// The rule that found it, e.g. `response-property-removed` (see docs/api-diff.md).
    package var kind: String
    package var breaking: Bool
    /// `POST /v1/chat/completions request.body.messages[].role`, or `schema Name`.
    package var location: String
    package var message: String
    /// Where in the new document (or the old one, for removals) it is.
    package var pointer: String?

    package static func < (lhs: APIChange, rhs: APIChange) -> Bool {
        (lhs.location, lhs.kind, lhs.message) < (rhs.location, rhs.kind, rhs.message)
    }

    /// `breaking response-property-removed GET /v1/models response.200.body.data[].id`
    package var summaryLine: String {
        "\(breaking ? "breaking" : "non-breaking") \(kind) \(location)"
    }
}
