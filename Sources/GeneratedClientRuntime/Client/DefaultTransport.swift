import Foundation
import OpenAPIRuntime

#if canImport(OpenAPIAsyncHTTPClient)
import AsyncHTTPClient
import NIOCore
import OpenAPIAsyncHTTPClient
#elseif canImport(OpenAPIURLSession)
import OpenAPIURLSession
#endif

/// The transport used when none is configured: AsyncHTTPClient on Linux, where URLSession cannot
/// stream response bodies; URLSession on Apple platforms.
///
/// Neither may impose a time limit of its own: `APIClientConfiguration.timeout` (the whole call) and
/// `streamIdleTimeout` (silence in a stream) are enforced by `APIClient`. AsyncHTTPClient's shared
/// client has a 90 s read timeout and URLSession a 60 s request timeout, which would cut a
/// reasoning model's silent minutes of thinking and, worse, make the call be sent again.
enum DefaultTransport {
    /// Longer than any configured timeout; the client's own deadline fires first.
    static let unlimited: Int64 = 7 * 24 * 3600

    static func make() -> any ClientTransport {
        #if canImport(OpenAPIAsyncHTTPClient)
        return AsyncHTTPClientTransport(configuration: .init(client: httpClient, timeout: .seconds(unlimited)))
        #else
        let configuration = URLSessionConfiguration.default
        configuration.timeoutIntervalForRequest = TimeInterval(unlimited)
        configuration.timeoutIntervalForResource = TimeInterval(unlimited)
        return URLSessionTransport(configuration: .init(session: URLSession(configuration: configuration)))
        #endif
    }

    #if canImport(OpenAPIAsyncHTTPClient)
    /// One client for the process, like `HTTPClient.shared`, but with no read timeout. It lives as
    /// long as the process, so it is never shut down.
    static let httpClient: HTTPClient = {
        var configuration = HTTPClient.Configuration.singletonConfiguration
        configuration.timeout = .init(connect: .seconds(10), read: nil)
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()
    #endif
}
