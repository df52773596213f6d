@_spi(Generated) import GeneratedClientRuntime
import Foundation
import HTTPTypes

/// A request as a `MockTransport` received it: after the client added the API key, its headers
/// and the configured query items.
public struct RecordedHTTPRequest: Sendable {
    public var operationID: String
    public var method: HTTPRequest.Method
    /// The path without the query, percent-encoded as sent: `/v1/files/file%2F1`.
    public var path: String
    /// The query items in order, percent-decoded.
    public var query: [URLQueryItem]
    public var headerFields: HTTPFields
    /// The body as sent; empty when there was none.
    public var body: Data

    init(operationID: String, request: HTTPRequest, body: Data) {
        self.operationID = operationID
        method = request.method
        let pathAndQuery = request.path ?? ""
        let parts = pathAndQuery.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        path = String(parts[0])
        query = URLComponents(string: pathAndQuery)?.queryItems ?? []
        headerFields = request.headerFields
        self.body = body
    }

    /// The value of header `name`, all of its fields joined by `, `; nil when it was not sent.
    public func header(_ name: String) -> String? {
        guard let fieldName = HTTPField.Name(name) else { return nil }
        return headerFields[fieldName]
    }

    /// The values of query item `name`, in order.
    public func queryValues(_ name: String) -> [String] {
        query.filter { $0.name == name }.map { $0.value ?? "" }
    }

    /// Whether the client asked for server-sent events (a `…Stream` call).
    public var isStreaming: Bool {
        header("Accept")?.lowercased().hasPrefix("text/event-stream") == true
    }
}

/// A request one operation received, with its body read back into the operation's type.
public struct RecordedRequest<Body: Sendable>: Sendable {
    /// The request as sent.
    public var http: RecordedHTTPRequest
    private let pathTemplate: String
    private let readBody: @Sendable (Data) throws -> Body

    init(http: RecordedHTTPRequest, pathTemplate: String, readBody: @escaping @Sendable (Data) throws -> Body) {
        self.http = http
        self.pathTemplate = pathTemplate
        self.readBody = readBody
    }

    /// The body as the operation's body type: a JSON body decoded strictly, bytes as `Data`, none as
    /// `NoBody`. Throws `APIClientError.decoding` naming the field path when the body does not decode.
    public var body: Body {
        get throws { try readBody(http.body) }
    }

    /// The path parameter `name` (as the API document spells it), percent-decoded; nil when the
    /// path template has no such parameter.
    public func pathParameter(_ name: String) -> String? {
        let template = pathTemplate.split(separator: "/", omittingEmptySubsequences: false)
        let sent = http.path.split(separator: "/", omittingEmptySubsequences: false)
        guard template.count == sent.count else { return nil }
        for (pattern, segment) in zip(template, sent) where pattern == "{\(name)}" {
            return String(segment).removingPercentEncoding ?? String(segment)
        }
        return nil
    }

    /// The values of query item `name`, in order.
    public func queryValues(_ name: String) -> [String] { http.queryValues(name) }

    /// The value of header `name`; nil when it was not sent.
    public func header(_ name: String) -> String? { http.header(name) }

    /// Whether the client asked for server-sent events (a `…Stream` call).
    public var isStreaming: Bool { http.isStreaming }
}

/// The body of an operation that sends none.
public struct NoBody: Sendable, Hashable {
    public init() {}
}

/// The events of an operation that does not stream: `streams(_:then:)` is not offered for it.
public enum NoEvents: Sendable {}

/// How generated test kits read a recorded body back into its type.
public enum RecordedBody {
    /// A JSON body, decoded strictly: a request the client wrote is complete. The type comes from
    /// the context, never spelled as `T.self`: inside the client's extension a type's name can be
    /// shadowed by a method of the same name (a request builder).
    public static func json<T: Decodable>(_ data: Data, operationID: String) throws -> T {
        do {
            return try JSONCoding.decode(T.self, from: data, mode: .strict)
        } catch {
            throw APIClientError.decoding(DecodingFailure(operationID: operationID, type: T.self, error: error, requestID: nil))
        }
    }

    /// An optional JSON body: nil when none was sent.
    public static func optionalJSON<T: Decodable>(_ data: Data, operationID: String) throws -> T? {
        data.isEmpty ? nil : try json(data, operationID: operationID) as T
    }
}
