// FILE: Operations/Health.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /health`
    /// - Generated from `#/paths/~1health/get`.
    public func health() async throws -> Swift.Void {
        try await raw.health().value
    }

    /// The HTTP request for `health`, before the client's middlewares and authentication.
    public func healthRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/health", operationID: "health")
        request.security = []
        return request
    }
}

extension TestClient.Raw {
    /// Like `health`, with the answer's status, headers, request id and rate limits.
    public func health() async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.healthRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/ListBatches.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /batches`
    /// - Generated from `#/paths/~1batches/get`.
    public func listBatches(betaFeatures: [Swift.String]? = nil) async throws -> Swift.Void {
        try await raw.listBatches(betaFeatures: betaFeatures).value
    }

    /// The HTTP request for `listBatches`, before the client's middlewares and authentication.
    public func listBatchesRequest(betaFeatures: [Swift.String]? = nil) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/batches", operationID: "listBatches")
        request.setHeader("beta-features", betaFeatures)
        return request
    }
}

extension TestClient.Raw {
    /// Like `listBatches`, with the answer's status, headers, request id and rate limits.
    public func listBatches(betaFeatures: [Swift.String]? = nil) async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.listBatchesRequest(betaFeatures: betaFeatures)
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/ListBatches2.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /batches`
    /// - Generated from `#/paths/~1batches?beta=true/get`.
    public func listBatches2() async throws -> Swift.Void {
        try await raw.listBatches2().value
    }

    /// The HTTP request for `listBatches2`, before the client's middlewares and authentication.
    public func listBatches2Request() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/batches", operationID: "listBatches_2")
        request.addQuery("beta", "true")
        request.security = [[.apiKey(name: "api_key", in: .query)]]
        return request
    }
}

extension TestClient.Raw {
    /// Like `listBatches2`, with the answer's status, headers, request id and rate limits.
    public func listBatches2() async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.listBatches2Request()
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/Session.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /session`
    /// - Generated from `#/paths/~1session/get`.
    public func session() async throws -> Swift.Void {
        try await raw.session().value
    }

    /// The HTTP request for `session`, before the client's middlewares and authentication.
    public func sessionRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/session", operationID: "session")
        request.security = [[.apiKey(name: "session", in: .cookie), .bearer]]
        return request
    }
}

extension TestClient.Raw {
    /// Like `session`, with the answer's status, headers, request id and rate limits.
    public func session() async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.sessionRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Testing/TestClient+Mock.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
// A test kit: add it to test targets only.
@_exported import GeneratedClientTesting
@_exported import GeneratedClient
import Foundation

extension TestClient {
    /// A stand-in for the API in unit tests: hand ``client`` to the code under test, script what
    /// each operation answers (`returns`, `returnsExample`, `answers` with a fault, `streams`), and
    /// read back the requests it sent, typed. No network and no server: the client's own retries,
    /// errors, limits and stream handling run on the answers as on a server's.
    ///
    /// Each scripted answer is used once, in order; a call with none left gets a `501` naming the
    /// operation.
    public struct Mock: Swift.Sendable {
        /// The client to hand to the code under test: every call it makes is answered by this mock.
        public let client: TestClient
        /// Every request received, in order, and the answers not yet used.
        public let transport: GeneratedClientTesting.MockTransport

        /// A mock whose client has `configuration` (its retry policy, timeouts, limits,
        /// middlewares), its transport replaced by the mock's. Throws as the client's initialiser
        /// does for a configured header HTTP does not allow.
        public init(configuration: GeneratedClientRuntime.APIClientConfiguration = .init()) throws {
            let transport = GeneratedClientTesting.MockTransport()
            var configuration = configuration
            configuration.transport = transport
            self.transport = transport
            self.client = try TestClient(apiKey: "mock-api-key", serverURL: "https://mock.invalid", configuration: configuration)
        }

        /// `listBatches` (`GET /batches`): its answers, in order, and the requests it received.
        public var listBatches: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listBatches", pathTemplate: "/batches",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }

        /// `listBatches2` (`GET /batches`): its answers, in order, and the requests it received.
        public var listBatches2: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listBatches_2", pathTemplate: "/batches",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }

        /// `health` (`GET /health`): its answers, in order, and the requests it received.
        public var health: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "health", pathTemplate: "/health",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }

        /// `session` (`GET /session`): its answers, in order, and the requests it received.
        public var session: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "session", pathTemplate: "/session",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }
    }
}

// WARNING: snippet.yaml:23: warning: operationId 'listBatches' is also used at #/paths/~1batches/get; this operation is generated as 'listBatches_2' [#/paths/~1batches?beta=true/get/operationId]
