import Foundation
import OpenAPIRuntime

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(OpenAPIAsyncHTTPClient) && !canImport(Darwin)
import AsyncHTTPClient
import NIOCore
import OpenAPIAsyncHTTPClient
#endif
#if canImport(OpenAPIURLSession)
import OpenAPIURLSession
#endif

/// The transport used when none is configured: AsyncHTTPClient on Linux, where URLSession cannot
/// stream response bodies; URLSession on Apple platforms.
///
/// Neither may impose a time limit of its own: `APIClientConfiguration.timeout` (the whole call) and
/// `streamIdleTimeout` (silence in a stream) are enforced by `APIClient`. AsyncHTTPClient's shared
/// client has a 90 s read timeout and URLSession a 60 s request timeout, which would cut a
/// reasoning model's silent minutes of thinking and, worse, make the call be sent again.
///
/// Neither follows redirects: `APIClient` sees every `3xx` and applies `RedirectPolicy`, so the API
/// key and configured headers never reach another origin.
enum DefaultTransport {
    /// Longer than any configured timeout; the client's own deadline fires first.
    static let unlimited: Int64 = 7 * 24 * 3600

    static func make(maximumConnectionsPerHost: Int) -> any ClientTransport {
        #if canImport(OpenAPIAsyncHTTPClient) && !canImport(Darwin)
        return AsyncHTTPClientTransport(configuration: .init(client: httpClient(maximumConnectionsPerHost: maximumConnectionsPerHost), timeout: .seconds(unlimited)))
        #else
        return urlSessionTransport(maximumConnectionsPerHost: maximumConnectionsPerHost)
        #endif
    }

    private static let lock = NSLock()

    #if canImport(OpenAPIAsyncHTTPClient) && !canImport(Darwin)
    nonisolated(unsafe) private static var clients: [Int: HTTPClient] = [:]

    /// One client per connection limit for the process, like `HTTPClient.shared`, but with no read
    /// timeout and no redirects. Each lives as long as the process, so none is ever shut down.
    static func httpClient(maximumConnectionsPerHost: Int) -> HTTPClient {
        lock.withLock {
            if let client = clients[maximumConnectionsPerHost] { return client }
            var configuration = HTTPClient.Configuration.singletonConfiguration
            configuration.timeout = .init(connect: .seconds(10), read: nil)
            configuration.redirectConfiguration = .disallow
            configuration.httpVersion = .automatic
            configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(1, maximumConnectionsPerHost)
            let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
            clients[maximumConnectionsPerHost] = client
            return client
        }
    }
    #endif

    #if canImport(OpenAPIURLSession)
    nonisolated(unsafe) private static var sessions: [Int: URLSession] = [:]

    /// URLSession with no time limits of its own, no redirects and `maximumConnectionsPerHost`: the
    /// default on Apple platforms, and what `URLSessionTransportTests` run on Linux.
    static func urlSessionTransport(maximumConnectionsPerHost: Int) -> any ClientTransport {
        let session = lock.withLock {
            if let session = sessions[maximumConnectionsPerHost] { return session }
            let configuration = URLSessionConfiguration.default
            configuration.timeoutIntervalForRequest = TimeInterval(unlimited)
            configuration.timeoutIntervalForResource = TimeInterval(unlimited)
            configuration.httpMaximumConnectionsPerHost = max(1, maximumConnectionsPerHost)
            let session = URLSession(configuration: configuration, delegate: RefuseRedirects(), delegateQueue: nil)
            sessions[maximumConnectionsPerHost] = session
            return session
        }
        return URLSessionTransport(configuration: .init(session: session))
    }
    #endif
}

#if canImport(OpenAPIURLSession)
extension APIClientConfiguration {
    /// URLSession as the default transport makes it on Apple platforms (no time limits of its own, no
    /// redirects, `maximumConnectionsPerHost`), for Linux users who want it: FoundationNetworking
    /// buffers whole response bodies, so streams arrive at once at the end.
    public static func urlSessionTransport(maximumConnectionsPerHost: Int = 64) -> any ClientTransport {
        DefaultTransport.urlSessionTransport(maximumConnectionsPerHost: maximumConnectionsPerHost)
    }
}

/// Hands every `3xx` to the client instead of following it.
final class RefuseRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
#endif
