import Foundation
import HTTPTypes
@_spi(Generated) @testable import GeneratedClientRuntime
import Testing

/// Which redirects `RedirectPolicy` follows; the client-level behaviour over real HTTP is in
/// `HostileServerTests`. An https server cannot run here, so the scheme rule is checked on the policy.
@Suite struct RedirectPolicyTests {
    let server = URL(string: "https://api.example.com/v1")!
    let request = URL(string: "https://api.example.com/v1/models")!

    func next(_ policy: RedirectPolicy, status: Int = 302, to location: String?, _ method: HTTPRequest.Method = .get, hops: Int = 0) -> String? {
        try? policy.next(status: status, location: location, method: method, from: request, serverURL: server, hops: hops).get()
    }

    @Test func refuseFollowsNothing() {
        #expect(next(.refuse, to: "/v1/models2") == nil)
    }

    @Test func sameOriginPathsAndQueriesAreFollowed() {
        #expect(next(.followSameOrigin(), to: "/v1/models2?a=1") == "/v1/models2?a=1")
        #expect(next(.followSameOrigin(), to: "other") == "/v1/other")
        #expect(next(.followSameOrigin(), to: "https://API.example.com:443/x") == "/x")
    }

    @Test(arguments: ["http://api.example.com/v1/models", "https://evil.example.com/v1/models", "https://api.example.com:8443/v1/models", "//evil.example.com/x"])
    func anotherOriginOrHTTPIsNeverFollowed(location: String) {
        #expect(next(.followSameOrigin(), to: location) == nil)
    }

    @Test func onlyIdempotentMethodsAndNo303ForPut() {
        #expect(next(.followSameOrigin(), to: "/x", .post) == nil)
        #expect(next(.followSameOrigin(), to: "/x", .patch) == nil)
        #expect(next(.followSameOrigin(), status: 307, to: "/x", .put) == "/x")
        #expect(next(.followSameOrigin(), status: 303, to: "/x", .put) == nil)
        #expect(next(.followSameOrigin(), status: 303, to: "/x", .get) == "/x")
    }

    @Test func hopsAndStatusesAreBounded() {
        #expect(next(.followSameOrigin(maximum: 2), to: "/x", hops: 1) == "/x")
        #expect(next(.followSameOrigin(maximum: 2), to: "/x", hops: 2) == nil)
        #expect(next(.followSameOrigin(), status: 300, to: "/x") == nil)
        #expect(next(.followSameOrigin(), status: 304, to: "/x") == nil)
        #expect(next(.followSameOrigin(), to: nil) == nil)
    }
}
