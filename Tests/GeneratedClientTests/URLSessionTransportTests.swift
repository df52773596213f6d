import Foundation
@_spi(Generated) import GeneratedClientRuntime
import OpenAPIRuntime
import Testing
import XAI

/// URLSession is the default transport on Apple platforms, where these tests cannot run here. On
/// Linux (FoundationNetworking) the same configuration, made by `APIClientConfiguration.urlSessionTransport`,
/// runs the non-streaming tests of `LiveServerTests` again, and the properties the default transport
/// promises: no time limit of its own, headers as configured, redirects refused. Streams are not
/// checked here: FoundationNetworking buffers a whole response before handing it over.
@Suite struct URLSessionTransportTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let run: @Sendable () async throws -> Void
        var testDescription: String { name }
        init(_ name: String, _ run: @escaping @Sendable () async throws -> Void) {
            self.name = name
            self.run = run
        }
    }

    static let liveServerCases: [Case] = OperationCall.all.map { call in
        Case("everyOperationOverRealHTTP(\(call.operationID))") { try await LiveServerTests().everyOperationOverRealHTTP(call) }
    } + [
        Case("uploadsFromDiskAndDownloadsToDisk") { try await LiveServerTests().uploadsFromDiskAndDownloadsToDisk() },
        Case("retriesA429HonouringRetryAfter") { try await LiveServerTests().retriesA429HonouringRetryAfter() },
        Case("a429WithoutRetriesIsATypedError") { try await LiveServerTests().a429WithoutRetriesIsATypedError() },
        Case("retriesA500OfAGetThenSucceeds") { try await LiveServerTests().retriesA500OfAGetThenSucceeds() },
        Case("doesNotRetryA500OfAPost") { try await LiveServerTests().doesNotRetryA500OfAPost() },
        Case("retriesA500OfAPostWhenTheCallOptsIn") { try await LiveServerTests().retriesA500OfAPostWhenTheCallOptsIn() },
        Case("aWrongKeyIsAnAuthenticationErrorEvenAs400") { try await LiveServerTests().aWrongKeyIsAnAuthenticationErrorEvenAs400() },
        Case("pollsADeferredCompletionFrom202To200") { try await LiveServerTests().pollsADeferredCompletionFrom202To200() },
        Case("pollsAVideoUntilItsStatusIsFinal") { try await LiveServerTests().pollsAVideoUntilItsStatusIsFinal() },
    ]

    @Test(arguments: liveServerCases)
    func liveServerTestThroughURLSession(_ test: Case) async throws {
        try await LiveServerTests.$transport.withValue(APIClientConfiguration.urlSessionTransport()) { try await test.run() }
    }

    func client(_ server: LocalServer, key: String) throws -> APIClient {
        let configuration = APIClientConfiguration(
            transport: APIClientConfiguration.urlSessionTransport(), headers: ["x-test-key": key, "x-configured": "yes"], retry: .none
        )
        return try APIClient(serverURL: server.baseURL, apiKey: "secret-test-key", configuration: configuration)
    }

    @Test func aRedirectReachesTheClientAndIsRefused() async throws {
        let server = try LocalServer.shared("hostile_server.py")
        let key = UUID().uuidString
        var request = APIClient.Request(method: .post, path: "/redirect", operationID: "redirect")
        request.query = [("status", "307"), ("to", "/echo")]
        let error = await #expect(throws: APIClientError.self) { _ = try await client(server, key: key).send(request) }
        guard case .redirected(let redirect)? = error else { Issue.record("expected .redirected, got \(String(describing: error))"); return }
        #expect(redirect.status == 307)
        #expect(redirect.location == "/echo")
    }

    @Test func headersArriveAsConfigured() async throws {
        let server = try LocalServer.shared("hostile_server.py")
        let echo = try await client(server, key: UUID().uuidString).send(APIClient.Request(method: .get, path: "/echo", operationID: "echo")).decode(JSONValue.self)
        #expect(echo["headers"]?["x-configured"]?.stringValue == "yes")
        #expect(echo["headers"]?["authorization"]?.stringValue == "Bearer secret-test-key")
    }

    /// URLSession's own default request timeout is 60 s; a reasoning call can be silent for longer.
    @Test(.timeLimit(.minutes(3))) func aSilentAnswerLongerThanSixtySecondsArrivesOnce() async throws {
        try await LiveServerTests.$transport.withValue(APIClientConfiguration.urlSessionTransport()) {
            let scenario = RealConditionsTests.Scenario("slow", ["x-mock-delay-seconds": "65"])
            let models = try await scenario.client { $0.transport = APIClientConfiguration.urlSessionTransport() }.listModels()
            #expect(!models.data.isEmpty)
            #expect(try await scenario.log().count == 1)
        }
    }
}
