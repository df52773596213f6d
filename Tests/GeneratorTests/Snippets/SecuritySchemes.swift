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

// WARNING: snippet.yaml:23: warning: operationId 'listBatches' is also used at #/paths/~1batches/get; this operation is generated as 'listBatches_2' [#/paths/~1batches?beta=true/get/operationId]
