import Foundation
import Logging
import HTTPTypes
import OpenAPIRuntime

/// How a client talks to the server: transport, middlewares, headers, timeouts and retries.
public struct APIClientConfiguration: Sendable {
    /// Any swift-openapi-runtime transport. Default: AsyncHTTPClient on Linux, URLSession on Apple
    /// platforms, both made to follow no redirects, with no time limits of their own, and with up to
    /// `maximumConnectionsPerHost` connections per host. A transport of your own should not follow
    /// redirects either: `redirects` can only protect the API key when the 3xx reaches the client.
    public var transport: any ClientTransport {
        get { customTransport ?? DefaultTransport.make(maximumConnectionsPerHost: maximumConnectionsPerHost) }
        set { customTransport = newValue }
    }
    private var customTransport: (any ClientTransport)?
    /// The default transport's limit on concurrent HTTP/1.1 connections to one host, shared by every
    /// client in the process with the same limit. A call past it waits for a connection, inside its
    /// `timeout`. HTTP/2 (negotiated over TLS, as with api.x.ai) multiplexes calls on one connection
    /// and is not limited by it. Default: 64 (AsyncHTTPClient's own default, 8, let eight long
    /// reasoning calls or silent servers hold up every other call). Ignored by a custom `transport`.
    public var maximumConnectionsPerHost: Int
    /// What a `3xx` answer does: `.refuse` (the default) throws `APIClientError.redirected`.
    public var redirects: RedirectPolicy
    /// The most the client reads from a response: body size, error body kept, event line and event size.
    public var limits: APIClientLimits
    /// Run in order around every attempt, outermost first.
    public var middlewares: [any ClientMiddleware]
    /// Sent with every request (after the generated ones, so they can override them). A name that is
    /// not a valid HTTP field name, or a name or value holding CR, LF or NUL, makes the client's
    /// initialiser (and any call, if set later) throw `APIClientError.invalidRequest`.
    public var headers: [String: String]
    /// Query items added to every request after the generated ones: a parameter the document lacks,
    /// for one call with `configured { $0.query.append(("name", "value")) }`. Escaped as sent.
    public var query: [(name: String, value: String)] = []
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
        logger: Logger? = nil,
        redirects: RedirectPolicy = .refuse,
        limits: APIClientLimits = .init(),
        maximumConnectionsPerHost: Int = 64
    ) {
        self.customTransport = transport
        self.redirects = redirects
        self.limits = limits
        self.maximumConnectionsPerHost = maximumConnectionsPerHost
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

extension APIClientConfiguration {
    /// Throws `APIClientError.invalidRequest` for a header the transport would alter or drop
    /// without a word (HTTPTypes turns CR and LF into spaces and refuses invalid names).
    func validateHeaders() throws {
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            try HeaderValidation.check(name: name, value: value, what: "APIClientConfiguration.headers")
        }
    }
}

/// What may go into an HTTP header, checked before anything is sent.
enum HeaderValidation {
    static func check(name: String, value: String, what: String) throws {
        guard HTTPField.Name(name) != nil else {
            throw APIClientError.invalidRequest("\(what): '\(name.debugDescription.dropFirst().dropLast())' is not a valid header name")
        }
        try check(value: value, what: "\(what)[\"\(name)\"]")
    }

    /// CR, LF and NUL would split or end a header; HTTPTypes would turn them into spaces.
    static func check(value: String, what: String) throws {
        if value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }) {
            throw APIClientError.invalidRequest("\(what) contains CR, LF or NUL")
        }
    }
}

/// Reads the API key and server URL of a generated `fromEnvironment()`, without ever printing them.
@_spi(Generated) extension APIClient {
    public static func apiKey(fromEnvironment variable: String) throws -> String {
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
