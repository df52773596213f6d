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
enum DefaultTransport {
    static func make(timeout: Duration) -> any ClientTransport {
        #if canImport(OpenAPIAsyncHTTPClient)
        let seconds = timeout.components.seconds + 1
        return AsyncHTTPClientTransport(configuration: .init(client: .shared, timeout: .seconds(seconds)))
        #else
        return URLSessionTransport()
        #endif
    }
}
