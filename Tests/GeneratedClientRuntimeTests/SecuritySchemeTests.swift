@_spi(Generated) @testable import GeneratedClientRuntime
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

/// Where the client puts its key for each security scheme, seen at the transport.
@Suite struct SecuritySchemeTests {
    final class Recorder: ClientTransport, @unchecked Sendable {
        private let lock = NSLock()
        private var recorded: [HTTPRequest] = []
        var requests: [HTTPRequest] { lock.withLock { recorded } }

        func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
            lock.withLock { recorded.append(request) }
            return (HTTPResponse(status: .noContent), nil)
        }
    }

    func sent(key: String, clientSecurity: [[SecurityScheme]], requestSecurity: [[SecurityScheme]]? = nil) async throws -> HTTPRequest {
        let recorder = Recorder()
        let client = try APIClient(serverURL: "https://api.example.com", apiKey: key, security: clientSecurity, configuration: .init(transport: recorder))
        var request = APIClient.Request(method: .get, path: "/v1/things", operationID: "listThings")
        request.query = [("limit", "2")]
        request.security = requestSecurity
        _ = try await client.send(request)
        return try #require(recorder.requests.first)
    }

    @Test func bearer() async throws {
        let request = try await sent(key: "k1", clientSecurity: [[.bearer]])
        #expect(request.headerFields[.authorization] == "Bearer k1")
        #expect(request.path == "/v1/things?limit=2")
    }

    @Test func basicTakesUserAndPassword() async throws {
        let request = try await sent(key: "ada:secret", clientSecurity: [[.basic]])
        #expect(request.headerFields[.authorization] == "Basic " + Data("ada:secret".utf8).base64EncodedString())
    }

    @Test func aKeyWithoutAColonSkipsBasicForTheNextAlternative() async throws {
        let request = try await sent(key: "k2", clientSecurity: [[.basic], [.apiKey(name: "X-API-Key", in: .header)]])
        #expect(request.headerFields[.authorization] == nil)
        #expect(request.headerFields[HTTPField.Name("X-API-Key")!] == "k2")
    }

    @Test func apiKeyInTheQuery() async throws {
        let request = try await sent(key: "k 3", clientSecurity: [[.apiKey(name: "api_key", in: .query)]])
        #expect(request.path == "/v1/things?limit=2&api_key=k%203")
        #expect(request.headerFields[.authorization] == nil)
    }

    @Test func apiKeyAsACookieBesideABearer() async throws {
        let request = try await sent(key: "k4", clientSecurity: [[.apiKey(name: "session", in: .cookie), .bearer]])
        #expect(request.headerFields[.cookie] == "session=k4")
        #expect(request.headerFields[.authorization] == "Bearer k4")
    }

    @Test func anOperationWithoutSecuritySendsNoKey() async throws {
        let request = try await sent(key: "k5", clientSecurity: [[.bearer]], requestSecurity: [])
        #expect(request.headerFields[.authorization] == nil)
        #expect(request.path == "/v1/things?limit=2")
    }

    @Test func anOperationOverridesTheClientsScheme() async throws {
        let request = try await sent(key: "k6", clientSecurity: [[.bearer]], requestSecurity: [[.apiKey(name: "key", in: .query)]])
        #expect(request.headerFields[.authorization] == nil)
        #expect(request.path == "/v1/things?limit=2&key=k6")
    }

    @Test func arrayHeadersJoinWithCommas() {
        var request = APIClient.Request(method: .get, path: "/", operationID: "op")
        request.setHeader("beta-features", ["a", "b c"])
        #expect(request.headerFields[HTTPField.Name("beta-features")!] == "a,b c")
    }
}
