import Foundation
import HTTPTypes
import OpenAPIRuntime

/// When a failed call is tried again, and how long to wait first.
///
/// A retry must never repeat work the server may already have done (and billed). So:
/// - a connection that could not be made (refused, DNS, TLS, connect timeout) is retried for every
///   method: the request never reached the server;
/// - `408`, `429` and `503` are retried for every method: the server says it did not process it;
/// - other retryable statuses (`409`, `500`, `502`, `504`) and failures after the request was sent
///   (a reset or dropped connection, a timeout) are retried only for idempotent methods (`GET`,
///   `HEAD`, `OPTIONS`, `PUT`, `DELETE`), unless `retriesAfterPossibleProcessing` opts in.
///
/// Every retried attempt carries `x-retry-count: N` (1 for the first retry), as openai-python's
/// `x-stainless-retry-count` does, so servers and logs can tell attempts apart.
public struct RetryPolicy: Sendable, Equatable {
    /// Retries after the first attempt; 0 turns retrying off.
    public var maxRetries: Int
    public var initialBackoff: Duration
    public var maxBackoff: Duration
    /// The longest `Retry-After` honoured; a longer, negative-free but absurd or unreadable one falls
    /// back to the exponential backoff.
    public var maxRetryAfter: Duration
    /// Statuses worth trying again.
    public var retryableStatuses: Set<Int>
    /// Statuses that say the server did not process the request: retried for every method.
    public var unprocessedStatuses: Set<Int>
    /// Also retry non-idempotent requests (`POST`, `PATCH`) after failures where the server may have
    /// done the work. Off by default: a repeated completion is billed twice.
    public var retriesAfterPossibleProcessing: Bool

    public init(
        maxRetries: Int = 2,
        initialBackoff: Duration = .milliseconds(500),
        maxBackoff: Duration = .seconds(8),
        maxRetryAfter: Duration = .seconds(60),
        retryableStatuses: Set<Int> = [408, 409, 429, 500, 502, 503, 504],
        unprocessedStatuses: Set<Int> = [408, 429, 503],
        retriesAfterPossibleProcessing: Bool = false
    ) {
        self.maxRetries = maxRetries
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.maxRetryAfter = maxRetryAfter
        self.retryableStatuses = retryableStatuses
        self.unprocessedStatuses = unprocessedStatuses
        self.retriesAfterPossibleProcessing = retriesAfterPossibleProcessing
    }

    /// 2 retries, backoff from 0.5 s to 8 s with jitter, never repeating work the server may have done.
    public static let `default` = RetryPolicy()
    public static let none = RetryPolicy(maxRetries: 0)

    static let idempotentMethods: Set<HTTPRequest.Method> = [.get, .head, .options, .put, .delete, .trace]

    /// Whether an answer with `status` to a `method` request may be tried again.
    func retries(status: Int, method: HTTPRequest.Method) -> Bool {
        guard retryableStatuses.contains(status) else { return false }
        return unprocessedStatuses.contains(status) || retriesAfterPossibleProcessing || Self.idempotentMethods.contains(method)
    }

    /// Whether a transport failure of a `method` request may be tried again.
    func retries(_ failure: TransportFailure, method: HTTPRequest.Method) -> Bool {
        failure == .beforeSending || retriesAfterPossibleProcessing || Self.idempotentMethods.contains(method)
    }

    /// How long to wait before retry `attempt` (1-based): what the server suggested when it is
    /// between 0 and `maxRetryAfter`, else exponential backoff with jitter.
    func delay(forRetry attempt: Int, serverSuggested: Duration?) -> Duration {
        if let serverSuggested, serverSuggested <= maxRetryAfter {
            return max(.zero, serverSuggested)
        }
        let base = initialBackoff * (1 << min(max(attempt - 1, 0), 16))
        let capped = min(base, maxBackoff)
        return capped * Double.random(in: 0.5...1.0)
    }
}

/// Where a request failed on its way: before it reached the server, or after it may have.
enum TransportFailure: Sendable, Equatable {
    case beforeSending
    case afterSending

    /// Classifies a transport's error by what it says about the connection. Connection refused,
    /// name resolution, TLS handshake and connect timeouts happen before any byte of the request.
    init(_ error: any Error) {
        var current: any Error = error
        // A middleware may hand on swift-openapi-runtime's wrapper; look at what it wraps.
        while let wrapper = current as? OpenAPIRuntime.ClientError { current = wrapper.underlyingError }
        if let urlError = current as? URLError {
            let before: Set<URLError.Code> = [.cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet, .secureConnectionFailed]
            self = before.contains(urlError.code) ? .beforeSending : .afterSending
            return
        }
        let text = String(reflecting: current).lowercased()
        let markers = ["connection refused", "econnrefused", "connecttimeout", "nioconnectionerror", "dnsfailed", "handshake", "could not resolve", "unresolved"]
        self = markers.contains(where: text.contains) ? .beforeSending : .afterSending
    }
}
