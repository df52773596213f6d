// FILE: Operations/Configured2.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import ClientRuntime
import Foundation

extension TestClient {
    /// - `GET /configured`
    /// - Generated from `#/paths/~1configured/get`.
    public func configured2() async throws -> Swift.Void {
        let request = try configured2Request()
        let response = try await client.send(request)
        switch response.status {
        case 204: return ()
        default: throw response.unexpectedStatus()
        }
    }

    /// The HTTP request for `configured2`, before the client's middlewares and authentication.
    public func configured2Request() throws -> ClientRuntime.Request {
        var request = ClientRuntime.Request(method: .get, path: "/configured", operationID: "configured")
        return request
    }
}

// FILE: Operations/Create.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import ClientRuntime
import Foundation

extension TestClient {
    /// - `POST /create`
    /// - Generated from `#/paths/~1create/post`.
    public func create() async throws -> Swift.Void {
        let request = try createRequest2()
        let response = try await client.send(request)
        switch response.status {
        case 204: return ()
        default: throw response.unexpectedStatus()
        }
    }

    /// The HTTP request for `create`, before the client's middlewares and authentication.
    public func createRequest2() throws -> ClientRuntime.Request {
        var request = ClientRuntime.Request(method: .post, path: "/create", operationID: "create")
        return request
    }
}

// FILE: Operations/CreateRequest.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import ClientRuntime
import Foundation

extension TestClient {
    /// - `POST /create-request`
    /// - Generated from `#/paths/~1create-request/post`.
    public func createRequest() async throws -> Swift.Void {
        let request = try createRequestRequest()
        let response = try await client.send(request)
        switch response.status {
        case 204: return ()
        default: throw response.unexpectedStatus()
        }
    }

    /// The HTTP request for `createRequest`, before the client's middlewares and authentication.
    public func createRequestRequest() throws -> ClientRuntime.Request {
        var request = ClientRuntime.Request(method: .post, path: "/create-request", operationID: "createRequest")
        return request
    }
}

// FILE: Operations/Import.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import ClientRuntime
import Foundation

extension TestClient {
    /// - `POST /import`
    /// - Generated from `#/paths/~1import/post`.
    public func `import`() async throws -> Swift.Void {
        let request = try importRequest()
        let response = try await client.send(request)
        switch response.status {
        case 204: return ()
        default: throw response.unexpectedStatus()
        }
    }

    /// The HTTP request for ``import``, before the client's middlewares and authentication.
    public func importRequest() throws -> ClientRuntime.Request {
        var request = ClientRuntime.Request(method: .post, path: "/import", operationID: "import")
        return request
    }
}

