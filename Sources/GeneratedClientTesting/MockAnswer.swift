@_spi(Generated) import GeneratedClientRuntime
import Foundation
import HTTPTypes

/// One answer a `MockTransport` gives to one call: a status, headers and a body, or one of the
/// failures a real server or network causes (`rateLimited`, `serverError`, `connectionLost`,
/// `noAnswer`, a stream that is cut or stalls).
public struct MockAnswer: Sendable {
    /// What the transport does with the call.
    enum Kind: Sendable {
        case body(status: Int, headers: HTTPFields, bytes: Data)
        case events(status: Int, headers: HTTPFields, events: [Data], end: StreamEnd)
        /// Throws before any answer arrives, as a transport does when the connection fails.
        case failure(URLError.Code)
        /// Never answers: the call waits until its task is cancelled or its `timeout` passes.
        case noAnswer
    }

    let kind: Kind

    /// How a streamed answer ends after its events.
    public enum StreamEnd: Sendable, Equatable {
        /// `data: [DONE]`, as xAI and OpenAI end a stream.
        case done
        /// The body ends without `[DONE]`: right for streams that end at a terminal event
        /// (`response.completed`); for others the client reports a stream cut short.
        case closed
        /// The connection drops after the events: the client reports a transport failure.
        case cut
        /// No more bytes and no end, until the consumer stops reading or the client's
        /// `streamIdleTimeout` passes.
        case stall
    }

    /// A JSON body: `value` encoded as the client encodes requests.
    public static func json(_ value: some Encodable, status: Int = 200, headers: [String: String] = [:]) throws -> MockAnswer {
        try jsonText(JSONCoding.encode(value), status: status, headers: headers)
    }

    /// A JSON body given as its bytes, sent unchanged (an example from the API document, or a
    /// body the types cannot express).
    public static func jsonText(_ json: Data, status: Int = 200, headers: [String: String] = [:]) -> MockAnswer {
        bytes(json, status: status, contentType: "application/json", headers: headers)
    }

    /// A body of bytes with its media type.
    public static func bytes(_ data: Data, status: Int = 200, contentType: String = "application/octet-stream", headers: [String: String] = [:]) -> MockAnswer {
        MockAnswer(kind: .body(status: status, headers: fields(headers, contentType: contentType), bytes: data))
    }

    /// A text body with its media type.
    public static func text(_ text: String, status: Int = 200, contentType: String = "text/plain", headers: [String: String] = [:]) -> MockAnswer {
        bytes(Data(text.utf8), status: status, contentType: contentType, headers: headers)
    }

    /// A status without a body.
    public static func empty(status: Int = 204, headers: [String: String] = [:]) -> MockAnswer {
        MockAnswer(kind: .body(status: status, headers: fields(headers, contentType: nil), bytes: Data()))
    }

    /// A body the document gives several kinds of media for: JSON, text or bytes as `body` holds.
    public static func media<JSONBody: Encodable & Sendable>(_ body: MediaBody<JSONBody>, status: Int = 200, headers: [String: String] = [:]) throws -> MockAnswer {
        switch body {
        case .json(let value): try json(value, status: status, headers: headers)
        case .text(let value, let mediaType): text(value, status: status, contentType: mediaType, headers: headers)
        case .bytes(let value, let mediaType): bytes(value, status: status, contentType: mediaType, headers: headers)
        }
    }

    /// A `multipart/mixed` body of `parts`.
    public static func multipart(_ parts: [ReceivedPart], status: Int = 200, headers: [String: String] = [:]) -> MockAnswer {
        let boundary = "mock-boundary-\(UUID().uuidString)"
        var body = Data()
        for part in parts {
            body.append(Data("--\(boundary)\r\n".utf8))
            for header in part.headers { body.append(Data("\(header.name): \(header.value)\r\n".utf8)) }
            body.append(Data("\r\n".utf8))
            body.append(part.body)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return bytes(body, status: status, contentType: "multipart/mixed; boundary=\(boundary)", headers: headers)
    }

    /// Server-sent events, each `data:` one of `events` encoded as JSON, then `end`.
    public static func events(_ events: [some Encodable], then end: StreamEnd = .done, headers: [String: String] = [:]) throws -> MockAnswer {
        try eventData(events.map { try JSONCoding.encode($0) }, then: end, headers: headers)
    }

    /// Server-sent events whose `data:` lines are given as bytes (one event each), then `end`.
    public static func eventData(_ events: [Data], then end: StreamEnd = .done, headers: [String: String] = [:]) -> MockAnswer {
        MockAnswer(kind: .events(status: 200, headers: fields(headers, contentType: "text/event-stream"), events: events, end: end))
    }

    /// `429 Too Many Requests` with `Retry-After: seconds`, which the client's retry policy honours
    /// (it waits that long, then calls again): 0 retries at once.
    public static func rateLimited(retryAfter seconds: Int = 0, message: String = "Rate limit exceeded") -> MockAnswer {
        error(status: 429, message: message, code: "rate_limit_exceeded", headers: ["Retry-After": String(seconds)])
    }

    /// A `5xx` with an error body: retried only for idempotent methods by the default policy.
    public static func serverError(status: Int = 500, message: String = "Internal server error") -> MockAnswer {
        error(status: status, message: message, code: "internal_error")
    }

    /// Any error status, with a body in the `{"error": {"message", "type", "code"}}` shape that
    /// `APIError.message` and `code` read.
    public static func error(status: Int, message: String, code: String? = nil, headers: [String: String] = [:]) -> MockAnswer {
        var error: [String: JSONValue] = ["message": .string(message), "type": .string("mock_error")]
        if let code { error["code"] = .string(code) }
        let body = (try? JSONCoding.encode(JSONValue.object(["error": .object(error)]))) ?? Data()
        return jsonText(body, status: status, headers: headers)
    }

    /// The connection drops after the request was sent (`URLError.networkConnectionLost`): the
    /// default policy retries it only for idempotent methods, since the server may have done the work.
    public static let connectionLost = MockAnswer(kind: .failure(.networkConnectionLost))

    /// No connection could be made (`URLError.cannotConnectToHost`): retried for every method,
    /// since the request never reached the server.
    public static let cannotConnect = MockAnswer(kind: .failure(.cannotConnectToHost))

    /// No answer at all: the call waits until its task is cancelled or its `timeout` passes.
    public static let noAnswer = MockAnswer(kind: .noAnswer)

    private static func fields(_ headers: [String: String], contentType: String?) -> HTTPFields {
        var fields = HTTPFields()
        if let contentType { fields[.contentType] = contentType }
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            guard let fieldName = HTTPField.Name(name) else { preconditionFailure("'\(name)' is not an HTTP field name") }
            fields[fieldName] = value
        }
        return fields
    }
}
