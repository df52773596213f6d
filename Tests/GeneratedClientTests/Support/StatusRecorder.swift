@_spi(Generated) import GeneratedClientRuntime
import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A middleware that records the status of every attempt, so tests can see retries happen.
final class StatusRecorder: ClientMiddleware, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Int] = []

    var statuses: [Int] { lock.withLock { recorded } }

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let (response, responseBody) = try await next(request, body, baseURL)
        lock.withLock { recorded.append(response.status.code) }
        return (response, responseBody)
    }
}
