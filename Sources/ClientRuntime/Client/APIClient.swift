import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Sends generated requests: adds the server, API key and default headers, runs the middlewares and
/// the transport, retries what is safe to retry, and enforces the timeout.
public struct APIClient: Sendable, CustomStringConvertible {
    public let serverURL: URL
    public var configuration: Configuration
    private let apiKey: String?

    public init(serverURL: String, apiKey: String?, configuration: Configuration = .init()) throws {
        guard let url = URL(string: serverURL), url.scheme != nil else {
            throw ClientError.invalidRequest("'\(serverURL)' is not an absolute URL")
        }
        self.serverURL = url
        self.apiKey = apiKey
        self.configuration = configuration
    }

    /// Never shows the key.
    public var description: String {
        "APIClient(serverURL: \(serverURL), apiKey: \(apiKey == nil ? "none" : "<redacted>"))"
    }

    /// Sends `request` and buffers the answer; throws `ClientError.api` for a non-success status.
    public func send(_ request: Request) async throws -> Response {
        try await withDeadline(configuration.timeout, operationID: request.operationID) {
            let (response, body) = try await self.perform(request)
            let data = try await self.collect(body, operationID: request.operationID)
            return Response(operationID: request.operationID, status: response.status.code, headerFields: response.headerFields, body: data)
        }
    }

    /// Sends with retries and returns the response head with its unread body. A non-success status
    /// is read and thrown as `ClientError.api`.
    func perform(_ request: Request) async throws -> (HTTPResponse, HTTPBody?) {
        let policy = request.allowsRetry && request.bodyStream == nil ? configuration.retry : .none
        var attempt = 0
        while true {
            attempt += 1
            let failure: ClientError
            var suggested: Duration?
            do {
                let (response, body) = try await attemptOnce(request)
                if (200..<300).contains(response.status.code) { return (response, body) }
                let data = try await collect(body, operationID: request.operationID)
                let error = APIError(operationID: request.operationID, status: response.status.code, headerFields: response.headerFields, body: data)
                guard policy.retryableStatuses.contains(error.status) else { throw ClientError.api(error) }
                failure = .api(error)
                suggested = error.retryAfter
            } catch let error as ClientError {
                throw error
            } catch {
                if Task.isCancelled || error is CancellationError { throw ClientError.cancelled(operationID: request.operationID) }
                failure = .transport(operationID: request.operationID, underlying: error)
            }
            guard attempt <= policy.maxRetries, let delay = policy.delay(forRetry: attempt, serverSuggested: suggested) else {
                throw failure
            }
            do {
                try await Task.sleep(for: delay)
            } catch {
                throw ClientError.cancelled(operationID: request.operationID)
            }
        }
    }

    private func attemptOnce(_ request: Request) async throws -> (HTTPResponse, HTTPBody?) {
        var fields = HTTPFields()
        fields[.userAgent] = configuration.userAgent
        fields[.accept] = "application/json"
        if let apiKey { fields[.authorization] = "Bearer \(apiKey)" }
        for field in request.headerFields { fields[field.name] = field.value }
        for (name, value) in configuration.headers {
            if let fieldName = HTTPField.Name(name) { fields[fieldName] = value }
        }
        let httpRequest = HTTPRequest(method: request.method, scheme: nil, authority: nil, path: request.pathAndQuery, headerFields: fields)
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

    func collect(_ body: HTTPBody?, operationID: String) async throws -> Data {
        guard let body else { return Data() }
        do {
            return try await Data(collecting: body, upTo: .max)
        } catch {
            if Task.isCancelled { throw ClientError.cancelled(operationID: operationID) }
            throw ClientError.transport(operationID: operationID, underlying: error)
        }
    }
}

/// Runs `body`, failing with `ClientError.timedOut` when it takes longer than `duration`.
func withDeadline<T: Sendable>(_ duration: Duration, operationID: String, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: duration)
            throw ClientError.timedOut(operationID: operationID, after: duration)
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else { throw ClientError.cancelled(operationID: operationID) }
        return first
    }
}

extension APIClient {
    /// Sends `request` and writes the response body to `destination` as it arrives, never holding
    /// it whole in memory. Returns the response with an empty body.
    public func download(_ request: Request, to destination: URL) async throws -> Response {
        try await withDeadline(configuration.timeout, operationID: request.operationID) {
            let (response, body) = try await self.perform(request)
            guard FileManager.default.createFile(atPath: destination.path, contents: nil) else {
                throw ClientError.invalidRequest("cannot create \(destination.path)")
            }
            let handle = try FileHandle(forWritingTo: destination)
            defer { try? handle.close() }
            if let body {
                do {
                    for try await chunk in body { try handle.write(contentsOf: chunk) }
                } catch {
                    if Task.isCancelled { throw ClientError.cancelled(operationID: request.operationID) }
                    throw ClientError.transport(operationID: request.operationID, underlying: error)
                }
            }
            return Response(operationID: request.operationID, status: response.status.code, headerFields: response.headerFields, body: Data())
        }
    }
}
