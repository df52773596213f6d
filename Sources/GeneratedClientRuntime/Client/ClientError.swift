import Foundation
import HTTPTypes

/// Everything a call can fail with. The description says what went wrong in one line and never
/// contains the API key.
public enum APIClientError: Error, Sendable, CustomStringConvertible {
    /// The server answered with a non-success status.
    case api(APIError)
    /// The request never got a complete answer: connection refused, reset, DNS, TLS.
    case transport(operationID: String, underlying: any Error)
    /// No answer (or, while streaming, no data) within the configured time.
    case timedOut(operationID: String, after: Duration)
    case cancelled(operationID: String)
    /// The response did not match the generated types; `path` names the field that failed.
    case decoding(DecodingFailure)
    /// The server-sent event stream broke: ended without `[DONE]`, sent a malformed event, or an error event.
    case stream(StreamFailure)
    /// `fromEnvironment()` found no key.
    case missingAPIKey(variable: String)
    /// The request was refused before sending: a path parameter that would change the path (`..`),
    /// a header with CR, LF or NUL, a value JSON cannot hold.
    case invalidRequest(String)
    /// The server answered with a redirect the client did not follow (see `RedirectPolicy`).
    case redirected(Redirect)
    /// The response crossed one of `APIClientConfiguration.limits`.
    case limitExceeded(LimitExceeded)

    public var description: String {
        switch self {
        case .api(let error): error.description
        case .transport(let operation, let underlying): "\(operation): transport error: \(underlying)"
        case .timedOut(let operation, let duration): "\(operation): timed out after \(duration)"
        case .cancelled(let operation): "\(operation): cancelled"
        case .decoding(let failure): failure.description
        case .stream(let failure): failure.description
        case .missingAPIKey(let variable): "no API key: set the \(variable) environment variable"
        case .invalidRequest(let reason): "invalid request: \(reason)"
        case .redirected(let redirect): redirect.description
        case .limitExceeded(let limit): limit.description
        }
    }

    /// The error the server sent, when there is one.
    public var apiError: APIError? {
        if case .api(let error) = self { return error }
        return nil
    }
}

/// A non-success HTTP answer, with the server's own message decoded from any of the error shapes
/// xAI uses: `{"error": {"message", "type", "param", "code"}}`, `{"code": "...", "error": "..."}`
/// and `{"error": "..."}`.
public struct APIError: Error, Sendable, CustomStringConvertible {
    public var operationID: String
    public var status: Int
    public var message: String?
    public var type: String?
    public var code: String?
    public var param: String?
    public var requestID: String?
    public var headerFields: HTTPFields
    /// The body as received, or its first `APIClientLimits.maximumErrorBodyBytes` (see `bodyTruncated`).
    public var body: Data
    /// True when the server sent more than `body` holds; the rest was discarded.
    public var bodyTruncated: Bool

    public init(operationID: String, status: Int, headerFields: HTTPFields, body: Data, bodyTruncated: Bool = false) {
        self.operationID = operationID
        self.status = status
        self.headerFields = headerFields
        self.body = body
        self.bodyTruncated = bodyTruncated
        self.requestID = Self.requestID(in: headerFields)
        if let value = try? JSONCoding.decode(JSONValue.self, from: body) {
            (message, type, code, param) = Self.fields(of: value)
        } else if !body.isEmpty {
            message = String(decoding: body.prefix(500), as: UTF8.self)
        }
    }

    static func requestID(in headers: HTTPFields) -> String? {
        for name in ["x-request-id", "request-id", "x-amzn-requestid"] {
            if let field = HTTPField.Name(name), let value = headers[field] { return value }
        }
        return nil
    }

    static func fields(of value: JSONValue) -> (String?, String?, String?, String?) {
        func text(_ value: JSONValue?) -> String? {
            switch value {
            case .string(let text)?: text
            case .integer(let number)?: String(number)
            default: nil
            }
        }
        if case .object(let error)? = value["error"] {
            return (text(error["message"]), text(error["type"]), text(error["code"]), text(error["param"]))
        }
        return (text(value["error"]) ?? text(value["message"]), text(value["type"]), text(value["code"]), text(value["param"]))
    }

    /// A wrong or missing API key. xAI answers a bad key with 400 as well as 401.
    public var isAuthenticationError: Bool {
        if status == 401 || status == 403 { return true }
        guard status == 400 else { return false }
        let text = [message, code].compactMap { $0?.lowercased() }.joined(separator: " ")
        return text.contains("api key") || text.contains("api-key") || text.contains("unauthenticated")
    }

    public var isRateLimited: Bool { status == 429 }

    /// `retry-after-ms` or `Retry-After` (seconds or an HTTP date), as a delay of at least zero. A
    /// value that is not a finite number or a date (`nan`, `inf`, garbage) gives nil; an absurdly
    /// large one is capped at a day. Any proxy can send such headers, so none of them may trap.
    public var retryAfter: Duration? {
        if let field = HTTPField.Name("retry-after-ms"), let text = headerFields[field], let milliseconds = Self.finiteNumber(text) {
            return Self.boundedDelay(seconds: milliseconds / 1000)
        }
        guard let text = headerFields[.retryAfter] else { return nil }
        if let seconds = Self.finiteNumber(text) { return Self.boundedDelay(seconds: seconds) }
        guard let date = HTTPDate.parse(text) else { return nil }
        return Self.boundedDelay(seconds: date.timeIntervalSinceNow)
    }

    static func finiteNumber(_ text: String) -> Double? {
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else { return nil }
        return value
    }

    /// Zero or more, at most a day: never traps, whatever the header said.
    static func boundedDelay(seconds: Double) -> Duration {
        guard seconds.isFinite, seconds > 0 else { return .zero }
        return .nanoseconds(Int64(min(seconds, 86_400) * 1_000_000_000))
    }

    /// Rate-limit headers as sent (`x-ratelimit-*`, `ratelimit-*`).
    public var rateLimitHeaders: [String: String] { rateLimit.headers }

    /// The rate-limit headers of this answer, read (see `RateLimit`).
    public var rateLimit: RateLimit { RateLimit(headerFields) }

    public var description: String {
        var text = "\(operationID): HTTP \(status)"
        if isAuthenticationError { text += " (authentication failed: check the API key)" }
        if let message { text += ": \(message)" }
        if let code { text += " [code: \(code)]" }
        if let requestID { text += " (request id: \(requestID))" }
        return text
    }
}

/// A response that does not fit the generated types.
public struct DecodingFailure: Error, Sendable, CustomStringConvertible {
    public var operationID: String
    public var type: String
    /// The field that failed, such as `choices[0].message.role`.
    public var path: String
    public var reason: String
    public var requestID: String?

    public var description: String {
        var text = "\(operationID): cannot decode \(type) at \(path): \(reason)"
        if let requestID { text += " (request id: \(requestID))" }
        return text
    }

    public init(operationID: String, type: String, path: String, reason: String, requestID: String? = nil) {
        (self.operationID, self.type, self.path, self.reason, self.requestID) = (operationID, type, path, reason, requestID)
    }

    /// The failure `error` (a `DecodingError` or the tape decoder's) describes, its path as text.
    @_spi(Generated) public init(operationID: String, type: Any.Type, error: any Error, requestID: String?) {
        self.operationID = operationID
        self.type = String(describing: type)
        self.requestID = requestID
        switch error as? DecodingError {
        case .typeMismatch(let expected, let context)?:
            path = JSONCoding.describe(context.codingPath)
            reason = "expected \(expected): \(context.debugDescription)"
        case .valueNotFound(_, let context)?:
            path = JSONCoding.describe(context.codingPath)
            reason = "missing value: \(context.debugDescription)"
        case .keyNotFound(let key, let context)?:
            path = JSONCoding.describe(context.codingPath + [key])
            reason = "required key '\(key.stringValue)' is missing"
        case .dataCorrupted(let context)?:
            path = JSONCoding.describe(context.codingPath)
            reason = context.underlyingError.map { "\($0)" } ?? context.debugDescription
        default:
            path = "(root)"
            reason = "\(error)"
        }
    }
}

public struct StreamFailure: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The connection closed before `data: [DONE]`.
        case truncated
        /// An event's data was not the expected JSON.
        case malformedEvent
        /// The server sent an error instead of (or in the middle of) the stream.
        case errorEvent
    }

    public var operationID: String
    public var kind: Kind
    public var message: String
    public var requestID: String?

    public var description: String {
        var text = "\(operationID): stream failed (\(kind)): \(message)"
        if let requestID { text += " (request id: \(requestID))" }
        return text
    }
}
