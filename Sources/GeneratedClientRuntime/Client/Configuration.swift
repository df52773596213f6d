import Foundation
import Logging
import OpenAPIRuntime

/// How a client talks to the server: transport, middlewares, headers, timeouts and retries.
public struct APIClientConfiguration: Sendable {
    /// Any swift-openapi-runtime transport. Default: AsyncHTTPClient on Linux, URLSession on Apple platforms.
    public var transport: any ClientTransport
    /// Run in order around every attempt, outermost first.
    public var middlewares: [any ClientMiddleware]
    /// Sent with every request (after the generated ones, so they can override them).
    public var headers: [String: String]
    /// The longest a call may take, all retries included. Reasoning models can think for a long
    /// time, so the default is an hour, as xAI's own examples use. This and `streamIdleTimeout` are
    /// the only time limits: the default transports are made without read or request timeouts of
    /// their own (AsyncHTTPClient's shared client would cut a silent response at 90 s, URLSession at 60 s).
    public var timeout: Duration
    /// While streaming, the longest wait for the next bytes before the stream fails.
    public var streamIdleTimeout: Duration
    public var retry: RetryPolicy
    public var userAgent: String
    /// What a response missing a required value decodes to: a reported placeholder (`.tolerant`,
    /// the default) or an error (`.strict`). Requests are always encoded strictly.
    public var decodingMode: DecodingMode
    /// Called once for every placeholder decoded in tolerant mode, with the field's path.
    public var onDecodingIssue: (@Sendable (DecodingIssue) -> Void)?
    /// Records attempts, retries, statuses, request ids and decoding issues; never the API key.
    /// Silent unless you pass one.
    public var logger: Logger

    public init(
        transport: (any ClientTransport)? = nil,
        middlewares: [any ClientMiddleware] = [],
        headers: [String: String] = [:],
        timeout: Duration = .seconds(3600),
        streamIdleTimeout: Duration = .seconds(300),
        retry: RetryPolicy = .default,
        userAgent: String = "swift-generated-client/1.0",
        decodingMode: DecodingMode = .tolerant,
        onDecodingIssue: (@Sendable (DecodingIssue) -> Void)? = nil,
        logger: Logger? = nil
    ) {
        self.transport = transport ?? DefaultTransport.make()
        self.middlewares = middlewares
        self.headers = headers
        self.timeout = timeout
        self.streamIdleTimeout = streamIdleTimeout
        self.retry = retry
        self.userAgent = userAgent
        self.decodingMode = decodingMode
        self.onDecodingIssue = onDecodingIssue
        self.logger = logger ?? Logger(label: "GeneratedClientRuntime", factory: { _ in SwiftLogNoOpLogHandler() })
    }

    /// How this client decodes response bodies.
    var responseDecoder: ResponseDecoder {
        ResponseDecoder(mode: decodingMode, onIssue: onDecodingIssue, logger: logger)
    }
}

/// Reads API keys without ever printing them.
public enum APIKey {
    public static func fromEnvironment(_ variable: String) throws -> String {
        guard let value = ProcessInfo.processInfo.environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            throw APIClientError.missingAPIKey(variable: variable)
        }
        return value
    }

    /// The trimmed value of `variable`, or nil when it is unset or empty.
    public static func environmentValue(_ variable: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }
}
