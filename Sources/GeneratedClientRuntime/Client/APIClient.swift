import Foundation
import HTTPTypes
import Logging
import OpenAPIRuntime

/// Sends generated requests: adds the server, API key and default headers, runs the middlewares and
/// the transport, retries what is safe to retry (see `RetryPolicy`), and enforces the timeout.
public struct APIClient: Sendable, CustomStringConvertible, CustomReflectable {
    /// The server as given, without a trailing slash.
    public let serverURL: URL
    public var configuration: APIClientConfiguration
    /// How calls send the API key unless a request says otherwise (the document's `security`):
    /// alternatives, each the schemes sent together.
    public var security: [[SecurityScheme]]
    private let apiKey: APIKeyStorage?

    /// `serverURL` may end with a slash, or repeat the start of every operation's path (users of
    /// OpenAI-style SDKs pass `https://api.x.ai/v1` where the paths are `/v1/...`): both work.
    /// Throws `APIClientError.invalidRequest` for a key or configured header holding CR, LF or NUL,
    /// or a header name HTTP does not allow, rather than send them altered.
    public init(serverURL: String, apiKey: String?, security: [[SecurityScheme]] = [[.bearer]], configuration: APIClientConfiguration = .init()) throws {
        var text = serverURL
        while text.hasSuffix("/") { text.removeLast() }
        guard let url = URL(string: text), url.scheme != nil, url.host != nil else {
            throw APIClientError.invalidRequest("'\(serverURL)' is not an absolute URL")
        }
        if let apiKey { try HeaderValidation.check(value: apiKey, what: "the API key") }
        try configuration.validateHeaders()
        self.serverURL = url
        self.apiKey = apiKey.map(APIKeyStorage.init)
        self.security = security
        self.configuration = configuration
    }

    /// Never shows the key.
    public var description: String {
        "APIClient(serverURL: \(serverURL), apiKey: \(apiKey == nil ? "none" : "<redacted>"))"
    }

    /// What `dump`, debuggers and crash reporters see: no key.
    public var customMirror: Mirror {
        Mirror(self, children: ["serverURL": serverURL, "apiKey": apiKey == nil ? "none" : "<redacted>"], displayStyle: .struct)
    }

    /// Sends `request` and buffers the answer; throws `APIClientError.api` for a non-success status.
    public func send(_ request: Request) async throws -> Response {
        try await withDeadline(configuration.timeout, operationID: request.operationID) {
            try await self.perform(request) { response, body in
                let bytes = try await self.readSuccessBody(body, of: response, operationID: request.operationID)
                var answer = Response(operationID: request.operationID, status: response.status.code, headerFields: response.headerFields, body: bytes.data())
                answer.decoder = self.configuration.responseDecoder
                answer.storage = bytes
                return answer
            }
        }
    }

    /// Sends with retries until a success status arrives and `read` has read it. A non-success
    /// status is read (up to `limits.maximumErrorBodyBytes`) and thrown as `APIClientError.api`; a
    /// `3xx` is followed or thrown as `APIClientError.redirected` (see `RedirectPolicy`). `read` may
    /// throw `BodyCut` for a body that broke off, which is retried like a dropped connection.
    func perform<T>(_ request: Request, read: (HTTPResponse, HTTPBody?) async throws -> T) async throws -> T {
        let policy = request.allowsRetry && request.canResend ? configuration.retry : .none
        let logger = configuration.logger
        let operationID = request.operationID
        var request = request
        // Once, before any attempt: a redirect's `Location` then replaces the whole query.
        request.query += configuration.query
        var attempt = 0
        var redirects = 0
        while true {
            let failure: APIClientError
            let retryable: Bool
            var suggested: Duration?
            logger.debug("sending", metadata: ["operation": "\(operationID)", "attempt": "\(attempt + 1)"])
            do {
                let (response, body) = try await attemptOnce(request, retry: attempt)
                let status = response.status.code
                let requestID = APIError.requestID(in: response.headerFields) ?? "-"
                logger.debug("answered", metadata: ["operation": "\(operationID)", "status": "\(status)", "request-id": "\(requestID)"])
                if (200..<300).contains(status) { return try await read(response, body) }
                if (300..<400).contains(status) {
                    request.path = try redirectTarget(of: request, response: response, hops: redirects)
                    request.query = []
                    redirects += 1
                    logger.info("following a redirect", metadata: ["operation": "\(operationID)", "status": "\(status)", "to": "\(request.path)"])
                    continue
                }
                let (bytes, truncated) = try await readUpTo(configuration.limits.maximumErrorBodyBytes, of: body, operationID: operationID)
                let error = APIError(operationID: operationID, status: status, headerFields: response.headerFields, body: bytes.data(), bodyTruncated: truncated)
                failure = .api(error)
                suggested = error.retryAfter
                retryable = policy.retries(status: error.status, method: request.method)
            } catch let cut as BodyCut {
                if Task.isCancelled { throw APIClientError.cancelled(operationID: operationID) }
                failure = .transport(operationID: operationID, underlying: cut.underlying)
                retryable = policy.retries(.afterSending, method: request.method)
            } catch let error as APIClientError {
                throw error
            } catch {
                if Task.isCancelled || error is CancellationError { throw APIClientError.cancelled(operationID: operationID) }
                failure = .transport(operationID: operationID, underlying: error)
                retryable = policy.retries(TransportFailure(error), method: request.method)
            }
            guard retryable, attempt < policy.maxRetries else { throw failure }
            attempt += 1
            let delay = policy.delay(forRetry: attempt, serverSuggested: suggested)
            // Waiting past the call's deadline would end in `.timedOut` and lose the server's answer.
            if let deadline = CallDeadline.current, ContinuousClock.now + delay >= deadline { throw failure }
            logger.info("retrying", metadata: ["operation": "\(operationID)", "retry": "\(attempt)", "delay": "\(delay)", "after": "\(failure)"])
            do {
                try await Task.sleep(for: delay)
            } catch {
                throw APIClientError.cancelled(operationID: operationID)
            }
        }
    }

    /// The path to resend `request` to, or `APIClientError.redirected` when the policy refuses.
    private func redirectTarget(of request: Request, response: HTTPResponse, hops: Int) throws -> String {
        let location = response.headerFields[.location]
        let requestURL = URL(string: serverURL.absoluteString + relativePath(request.pathAndQuery)) ?? serverURL
        switch configuration.redirects.next(status: response.status.code, location: location, method: request.method, from: requestURL, serverURL: serverURL, hops: hops) {
        case .success(let path):
            return path
        case .failure(let refusal):
            throw APIClientError.redirected(Redirect(
                operationID: request.operationID, status: response.status.code, location: location,
                reason: refusal.reason, requestID: APIError.requestID(in: response.headerFields)))
        }
    }

    private func attemptOnce(_ unauthenticated: Request, retry: Int) async throws -> (HTTPResponse, HTTPBody?) {
        var request = unauthenticated
        try request.validate()
        try configuration.validateHeaders()
        if let apiKey { request.authenticate(with: apiKey.value, requirements: request.security ?? security) }
        var fields = HTTPFields()
        fields[.userAgent] = configuration.userAgent
        fields[.accept] = "application/json"
        if retry > 0, let name = HTTPField.Name("x-retry-count") { fields[name] = String(retry) }
        for field in request.headerFields { fields[field.name] = field.value }
        for (name, value) in configuration.headers {
            if let fieldName = HTTPField.Name(name) { fields[fieldName] = value }
        }
        let httpRequest = HTTPRequest(method: request.method, scheme: nil, authority: nil, path: relativePath(request.pathAndQuery), headerFields: fields)
        let transport = configuration.transport
        let operationID = request.operationID
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = {
            try await transport.send($0, body: $1, baseURL: $2, operationID: operationID)
        }
        for middleware in configuration.middlewares.reversed() {
            let inner = next
            next = { try await middleware.intercept($0, body: $1, baseURL: $2, operationID: operationID, next: inner) }
        }
        return try await next(httpRequest, request.body, serverURL)
    }

    /// The operation's path below `serverURL`, without the segments the server URL already ends
    /// with: `https://api.x.ai/v1` + `/v1/models` sends `/v1/models`, not `/v1/v1/models`.
    func relativePath(_ path: String) -> String {
        let base = serverURL.path.split(separator: "/")
        guard !base.isEmpty else { return path }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for overlap in stride(from: min(base.count, segments.count), to: 0, by: -1)
        where Array(base.suffix(overlap)) == Array(segments.prefix(overlap)) {
            return "/" + segments.dropFirst(overlap).joined(separator: "/")
        }
        return path
    }

    /// A success body, whole, within `limits.maximumResponseBytes`: a larger `Content-Length` fails
    /// before reading, a longer body as soon as it passes the limit.
    func readSuccessBody(_ body: HTTPBody?, of response: HTTPResponse, operationID: String) async throws -> JSONBytes {
        let limit = configuration.limits.maximumResponseBytes
        let requestID = APIError.requestID(in: response.headerFields)
        func exceeded(_ what: String) -> APIClientError {
            .limitExceeded(LimitExceeded(operationID: operationID, limit: .maximumResponseBytes, value: limit, what: what, requestID: requestID))
        }
        if let declared = response.headerFields[.contentLength].flatMap(Int.init), declared > limit {
            throw exceeded("the response body (Content-Length \(declared))")
        }
        let (bytes, more) = try await readUpTo(limit, of: body, operationID: operationID)
        if more { throw exceeded("the response body") }
        return bytes
    }

    /// Up to `limit` bytes of `body`, and whether the server sent more. The rest is not read: the
    /// transport closes the connection once the body is let go of. A body that breaks off throws
    /// `BodyCut`, so that `perform` can retry it like any dropped connection.
    func readUpTo(_ limit: Int, of body: HTTPBody?, operationID: String) async throws -> (JSONBytes, more: Bool) {
        var expected = 0
        if case .known(let length)? = body?.length { expected = Int(min(length, Int64(limit))) }
        let bytes = JSONBytes(capacity: expected)
        guard let body else { return (bytes, false) }
        do {
            for try await chunk in body {
                let room = limit - bytes.count
                if chunk.count > room {
                    bytes.append(chunk.prefix(room))
                    return (bytes, true)
                }
                bytes.append(chunk)
            }
        } catch {
            if Task.isCancelled { throw APIClientError.cancelled(operationID: operationID) }
            throw BodyCut(underlying: error)
        }
        return (bytes, false)
    }
}

/// A response body that broke off after its head arrived.
struct BodyCut: Error {
    let underlying: any Error
}

/// Holds the key where neither `dump`, `Mirror` nor string interpolation can show it.
private final class APIKeyStorage: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    let value: String
    init(_ value: String) { self.value = value }
    var description: String { "<redacted>" }
    var debugDescription: String { "<redacted>" }
    var customMirror: Mirror { Mirror(self, children: [:]) }
}

/// The instant the current call must end by, bound by `withDeadline`: retries weigh their waits
/// against it.
enum CallDeadline {
    @TaskLocal static var current: ContinuousClock.Instant?
}

/// Runs `body`, failing with `APIClientError.timedOut` when it takes longer than `duration`, and with
/// `APIClientError.cancelled` when the calling task is cancelled, whichever comes first.
///
/// The deadline is a dispatch timer, released as soon as the call ends: a sleeping task would stay
/// allocated until the deadline even once cancelled (about 750 bytes per call for the default hour).
func withDeadline<T: Sendable>(_ duration: Duration, operationID: String, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    let own = ContinuousClock.now + duration
    let deadline = CallDeadline.current.map { min($0, own) } ?? own
    let task = Task { try await CallDeadline.$current.withValue(deadline) { try await body() } }
    let timer = DeadlineTimer(after: duration) { task.cancel() }
    defer { timer.cancel() }
    do {
        return try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
    } catch {
        if Task.isCancelled { throw APIClientError.cancelled(operationID: operationID) }
        if timer.fired { throw APIClientError.timedOut(operationID: operationID, after: duration) }
        if error is CancellationError { throw APIClientError.cancelled(operationID: operationID) }
        throw error
    }
}

/// Calls `fire` once after a duration, unless cancelled first.
final class DeadlineTimer: @unchecked Sendable {
    private let source: any DispatchSourceTimer
    private let lock = NSLock()
    private var didFire = false

    init(after duration: Duration, fire: @escaping @Sendable () -> Void) {
        source = DispatchSource.makeTimerSource(queue: .global())
        let (seconds, attoseconds) = duration.components
        let nanoseconds = seconds >= Int64.max / 1_000_000_000 ? Int64.max : max(0, seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        source.schedule(deadline: .now() + .nanoseconds(Int(clamping: nanoseconds)))
        source.setEventHandler { [lock] in
            lock.withLock { self.didFire = true }
            fire()
        }
        source.activate()
    }

    var fired: Bool { lock.withLock { didFire } }

    func cancel() {
        source.cancel()
    }
}

extension APIClient {
    /// Sends `request` and writes the response body to `destination` as it arrives, never holding
    /// it whole in memory. The bytes go to a temporary file beside `destination`, which replaces
    /// `destination` only once the whole body has arrived: a failed download leaves it untouched.
    /// Returns the response with an empty body.
    public func download(_ request: Request, to destination: URL) async throws -> Response {
        try await withDeadline(configuration.timeout, operationID: request.operationID) {
            try await self.perform(request) { response, body in
                try await self.write(body, of: response, to: destination, operationID: request.operationID)
            }
        }
    }

    /// Writes `body` to a temporary file that replaces `destination` once whole; a body that breaks
    /// off throws `BodyCut` (and is retried like a dropped connection) and leaves `destination` as it was.
    private func write(_ body: HTTPBody?, of response: HTTPResponse, to destination: URL, operationID: String) async throws -> Response {
        let partial = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil) else {
            throw APIClientError.invalidRequest("cannot create \(partial.path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: partial)
            defer { try? handle.close() }
            if let body {
                do {
                    for try await chunk in body { try handle.write(contentsOf: chunk) }
                } catch {
                    if Task.isCancelled { throw APIClientError.cancelled(operationID: operationID) }
                    throw BodyCut(underlying: error)
                }
            }
            try handle.synchronize()
            if FileManager.default.fileExists(atPath: destination.path) {
                _ = try FileManager.default.replaceItemAt(destination, withItemAt: partial)
            } else {
                try FileManager.default.moveItem(at: partial, to: destination)
            }
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
        return Response(operationID: operationID, status: response.status.code, headerFields: response.headerFields, body: Data())
    }
}
