import Foundation
import HTTPTypes

/// A typed value together with the answer that carried it: what `client.raw.someCall(...)` returns.
/// The status, every header, the request id and the rate-limit headers of a success, which the
/// plain call (`client.someCall(...)`) leaves out.
public struct APIResponse<Value> {
    public var value: Value
    public var status: Int
    public var headers: HTTPFields
    /// The operation that was called, as the document names it.
    public var operationID: String

    public init(value: Value, status: Int, headers: HTTPFields, operationID: String) {
        self.value = value
        self.status = status
        self.headers = headers
        self.operationID = operationID
    }

    /// The server's id for this request (`x-request-id` or a header like it), for support tickets.
    public var requestID: String? { APIError.requestID(in: headers) }

    /// The rate-limit headers the server sent with this answer.
    public var rateLimit: RateLimit { RateLimit(headers) }
}

extension APIResponse: Sendable where Value: Sendable {}

extension APIClient.Response {
    /// `value` with this answer's status and headers.
    public func carrying<Value>(_ value: Value) -> APIResponse<Value> {
        APIResponse(value: value, status: status, headers: headerFields, operationID: operationID)
    }
}

/// Rate-limit headers, read from the two families servers send: `x-ratelimit-{limit,remaining,reset}-{requests,tokens}`
/// (OpenAI's and xAI's style) and `x-ratelimit-{limit,remaining,reset}` or `ratelimit-*` for a single
/// window. A header the server did not send is nil; `headers` has every one as sent.
public struct RateLimit: Sendable, Hashable {
    /// One budget: how much it allows, how much is left, and when it refills (as the server wrote it:
    /// seconds, a duration such as `6m0s`, or a timestamp).
    public struct Window: Sendable, Hashable {
        public var limit: Int?
        public var remaining: Int?
        public var reset: String?

        public init(limit: Int?, remaining: Int?, reset: String?) {
            (self.limit, self.remaining, self.reset) = (limit, remaining, reset)
        }
    }

    /// Requests per window, from `x-ratelimit-*-requests`, or the single window of `x-ratelimit-*`.
    public var requests: Window?
    /// Tokens per window, from `x-ratelimit-*-tokens`.
    public var tokens: Window?
    /// Every rate-limit header as sent, by lowercased name.
    public var headers: [String: String]

    public init(_ fields: HTTPFields) {
        var headers: [String: String] = [:]
        for field in fields {
            let name = field.name.canonicalName
            if name.hasPrefix("x-ratelimit-") || name.hasPrefix("ratelimit-") { headers[name] = field.value }
        }
        self.headers = headers
        func window(_ suffix: String) -> Window? {
            let window = Window(
                limit: Self.integer(headers["x-ratelimit-limit" + suffix] ?? (suffix.isEmpty ? headers["ratelimit-limit"] : nil)),
                remaining: Self.integer(headers["x-ratelimit-remaining" + suffix] ?? (suffix.isEmpty ? headers["ratelimit-remaining"] : nil)),
                reset: headers["x-ratelimit-reset" + suffix] ?? (suffix.isEmpty ? headers["ratelimit-reset"] : nil)
            )
            return window.limit == nil && window.remaining == nil && window.reset == nil ? nil : window
        }
        requests = window("-requests") ?? window("")
        tokens = window("-tokens")
    }

    private static func integer(_ text: String?) -> Int? {
        text.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
