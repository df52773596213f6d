import Foundation
import OpenAPIRuntime

/// How a client talks to the server: transport, middlewares, headers, timeouts and retries.
public struct Configuration: Sendable {
    /// Any swift-openapi-runtime transport. Default: AsyncHTTPClient on Linux, URLSession on Apple platforms.
    public var transport: any ClientTransport
    /// Run in order around every attempt, outermost first.
    public var middlewares: [any ClientMiddleware]
    /// Sent with every request (after the generated ones, so they can override them).
    public var headers: [String: String]
    /// The longest a call may take, all retries included. Reasoning models can think for a long
    /// time, so the default is an hour, as xAI's own examples use.
    public var timeout: Duration
    /// While streaming, the longest wait for the next bytes before the stream fails.
    public var streamIdleTimeout: Duration
    public var retry: RetryPolicy
    public var userAgent: String

    public init(
        transport: (any ClientTransport)? = nil,
        middlewares: [any ClientMiddleware] = [],
        headers: [String: String] = [:],
        timeout: Duration = .seconds(3600),
        streamIdleTimeout: Duration = .seconds(300),
        retry: RetryPolicy = .default,
        userAgent: String = "swift-generated-client/1.0"
    ) {
        self.transport = transport ?? DefaultTransport.make(timeout: timeout)
        self.middlewares = middlewares
        self.headers = headers
        self.timeout = timeout
        self.streamIdleTimeout = streamIdleTimeout
        self.retry = retry
        self.userAgent = userAgent
    }
}

/// When and how long to wait before trying a call again.
public struct RetryPolicy: Sendable, Equatable {
    /// Retries after the first attempt; 0 turns retrying off.
    public var maxRetries: Int
    public var initialBackoff: Duration
    public var maxBackoff: Duration
    /// The longest `Retry-After` honoured; a longer one fails the call with the 429 instead.
    public var maxRetryAfter: Duration
    public var retryableStatuses: Set<Int>

    public init(
        maxRetries: Int = 2,
        initialBackoff: Duration = .milliseconds(500),
        maxBackoff: Duration = .seconds(8),
        maxRetryAfter: Duration = .seconds(60),
        retryableStatuses: Set<Int> = Set([408, 409, 429]).union(500...599)
    ) {
        self.maxRetries = maxRetries
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.maxRetryAfter = maxRetryAfter
        self.retryableStatuses = retryableStatuses
    }

    /// 2 retries on connection errors, 408, 409, 429 and 5xx; backoff from 0.5 s to 8 s with jitter.
    public static let `default` = RetryPolicy()
    public static let none = RetryPolicy(maxRetries: 0)

    /// Exponential backoff with full jitter for attempt `n` (1-based), unless the server said how long.
    func delay(forRetry attempt: Int, serverSuggested: Duration?) -> Duration? {
        if let serverSuggested {
            return serverSuggested <= maxRetryAfter ? serverSuggested : nil
        }
        let base = initialBackoff * (1 << min(attempt - 1, 16))
        let capped = min(base, maxBackoff)
        let cappedSeconds = Double(capped.components.seconds) + Double(capped.components.attoseconds) / 1e18
        return .milliseconds(Int64(Double.random(in: 0.5...1.0) * cappedSeconds * 1000))
    }
}

/// Reads API keys without ever printing them.
public enum APIKey {
    public static func fromEnvironment(_ variable: String) throws -> String {
        guard let value = ProcessInfo.processInfo.environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            throw ClientError.missingAPIKey(variable: variable)
        }
        return value
    }
}
