import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing
import XAI

/// A user writing a swift-openapi-runtime `ClientMiddleware` imports OpenAPIRuntime beside the xAI
/// client. Every name both modules could have claimed is used here unqualified: this file compiles
/// only if none is ambiguous, and `import XAI` alone gives the runtime's types too.
@Suite struct CoexistenceTests {
    struct TraceMiddleware: ClientMiddleware {
        func intercept(
            _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
            next: (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
        ) async throws -> (HTTPResponse, HTTPBody?) {
            var request = request
            request.headerFields[HTTPField.Name("x-trace")!] = operationID
            return try await next(request, body, baseURL)
        }
    }

    @Test func bothModulesImportCleanly() throws {
        // OpenAPIRuntime's own names, unqualified.
        let openAPIConfiguration = Configuration()
        let openAPIEvent = ServerSentEvent(data: "x")
        let openAPIError: (any Error)? = nil as ClientError?
        #expect(openAPIEvent.data == "x")
        _ = openAPIConfiguration
        _ = openAPIError
        // The client's, through `import XAI` alone.
        let configuration = APIClientConfiguration(middlewares: [TraceMiddleware()], retry: .none)
        let xai = try XAIClient(apiKey: "xai-test", configuration: configuration)
        let failure: APIClientError = .missingAPIKey(variable: "XAI_API_KEY")
        let message = EventStreamMessage(event: "done", data: "[DONE]")
        #expect(xai.client.configuration.retry.maxRetries == 0)
        #expect("\(failure)".contains("XAI_API_KEY"))
        #expect(message.data == "[DONE]")
    }
}
