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
    public init(serverURL: String, apiKey: String?, security: [[SecurityScheme]] = [[.bearer]], configuration: APIClientConfiguration = .init()) throws {
        var text = serverURL
        while text.hasSuffix("/") { text.removeLast() }
        guard let url = URL(string: text), url.scheme != nil, url.host != nil else {
            throw APIClientError.invalidRequest("'\(serverURL)' is not an absolute URL")
        }
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
            let (response, body) = try await self.perform(request)
            let data = try await self.collect(body, operationID: request.operationID)
            var answer = Response(operationID: request.operationID, status: response.status.code, headerFields: response.headerFields, body: data)
            answer.decoder = self.configuration.responseDecoder
            return answer
        }
    }

    /// Sends with retries and returns the response head with its unread body. A non-success status
    /// is read and thrown as `APIClientError.api`.
    func perform(_ request: Request) async throws -> (HTTPResponse, HTTPBody?) {
        let policy = request.allowsRetry && request.canResend ? configuration.retry : .none
        let logger = configuration.logger
        let operationID = request.operationID
        var attempt = 0
        while true {
            let failure: APIClientError
            let retryable: Bool
            var suggested: Duration?
            logger.debug("sending", metadata: ["operation": "\(operationID)", "attempt": "\(attempt + 1)"])
            do {
                let (response, body) = try await attemptOnce(request, retry: attempt)
                let requestID = APIError.requestID(in: response.headerFields) ?? "-"
                logger.debug("answered", metadata: ["operation": "\(operationID)", "status": "\(response.status.code)", "request-id": "\(requestID)"])
                if (200..<300).contains(response.status.code) { return (response, body) }
                let data = try await collect(body, operationID: operationID)
                let error = APIError(operationID: operationID, status: response.status.code, headerFields: response.headerFields, body: data)
                failure = .api(error)
                suggested = error.retryAfter
                retryable = policy.retries(status: error.status, method: request.method)
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
            logger.info("retrying", metadata: ["operation": "\(operationID)", "retry": "\(attempt)", "delay": "\(delay)", "after": "\(failure)"])
            do {
                try await Task.sleep(for: delay)
            } catch {
                throw APIClientError.cancelled(operationID: operationID)
            }
        }
    }

    private func attemptOnce(_ unauthenticated: Request, retry: Int) async throws -> (HTTPResponse, HTTPBody?) {
        var request = unauthenticated
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

    func collect(_ body: HTTPBody?, operationID: String) async throws -> Data {
        guard let body else { return Data() }
        do {
            return try await Data(collecting: body, upTo: .max)
        } catch {
            if Task.isCancelled { throw APIClientError.cancelled(operationID: operationID) }
            throw APIClientError.transport(operationID: operationID, underlying: error)
        }
    }
}

/// Holds the key where neither `dump`, `Mirror` nor string interpolation can show it.
private final class APIKeyStorage: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    let value: String
    init(_ value: String) { self.value = value }
    var description: String { "<redacted>" }
    var debugDescription: String { "<redacted>" }
    var customMirror: Mirror { Mirror(self, children: [:]) }
}

/// Runs `body`, failing with `APIClientError.timedOut` when it takes longer than `duration`, and with
/// `APIClientError.cancelled` when the calling task is cancelled, whichever comes first.
func withDeadline<T: Sendable>(_ duration: Duration, operationID: String, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    do {
        return try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: duration)
                throw APIClientError.timedOut(operationID: operationID, after: duration)
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw APIClientError.cancelled(operationID: operationID) }
            return first
        }
    } catch let error as APIClientError {
        if Task.isCancelled, case .timedOut = error { throw APIClientError.cancelled(operationID: operationID) }
        throw error
    } catch {
        // The sleeping timer or the transport noticed cancellation first: report it as documented.
        if Task.isCancelled || error is CancellationError { throw APIClientError.cancelled(operationID: operationID) }
        throw error
    }
}

extension APIClient {
    /// Sends `request` and writes the response body to `destination` as it arrives, never holding
    /// it whole in memory. The bytes go to a temporary file beside `destination`, which replaces
    /// `destination` only once the whole body has arrived: a failed download leaves it untouched.
    /// Returns the response with an empty body.
    public func download(_ request: Request, to destination: URL) async throws -> Response {
        try await withDeadline(configuration.timeout, operationID: request.operationID) {
            let (response, body) = try await self.perform(request)
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
                        if Task.isCancelled { throw APIClientError.cancelled(operationID: request.operationID) }
                        throw APIClientError.transport(operationID: request.operationID, underlying: error)
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
            return Response(operationID: request.operationID, status: response.status.code, headerFields: response.headerFields, body: Data())
        }
    }
}
