// FILE: Operations/Base2.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /base`
    /// - Generated from `#/paths/~1base/get`.
    public func base2() async throws -> Swift.Void {
        try await raw.base2().value
    }

    /// The HTTP request for `base2`, before the client's middlewares and authentication.
    public func base2Request() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/base", operationID: "base")
        return request
    }
}

extension TestClient.Raw {
    /// Like `base2`, with the answer's status, headers, request id and rate limits.
    public func base2() async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.base2Request()
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/Client2.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /client`
    /// - Generated from `#/paths/~1client/get`.
    public func client2() async throws -> Swift.Void {
        try await raw.client2().value
    }

    /// The HTTP request for `client2`, before the client's middlewares and authentication.
    public func client2Request() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/client", operationID: "client")
        return request
    }
}

extension TestClient.Raw {
    /// Like `client2`, with the answer's status, headers, request id and rate limits.
    public func client2() async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.client2Request()
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/Configured2.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /configured`
    /// - Generated from `#/paths/~1configured/get`.
    public func configured2() async throws -> Swift.Void {
        try await raw.configured2().value
    }

    /// The HTTP request for `configured2`, before the client's middlewares and authentication.
    public func configured2Request() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/configured", operationID: "configured")
        return request
    }
}

extension TestClient.Raw {
    /// Like `configured2`, with the answer's status, headers, request id and rate limits.
    public func configured2() async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.configured2Request()
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/Create.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `POST /create`
    /// - Generated from `#/paths/~1create/post`.
    public func create() async throws -> Swift.Void {
        try await raw.create().value
    }

    /// The HTTP request for `create`, before the client's middlewares and authentication.
    public func createRequest2() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/create", operationID: "create")
        return request
    }
}

extension TestClient.Raw {
    /// Like `create`, with the answer's status, headers, request id and rate limits.
    public func create() async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.createRequest2()
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/CreateRequest.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `POST /create-request`
    /// - Generated from `#/paths/~1create-request/post`.
    public func createRequest() async throws -> Swift.Void {
        try await raw.createRequest().value
    }

    /// The HTTP request for `createRequest`, before the client's middlewares and authentication.
    public func createRequestRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/create-request", operationID: "createRequest")
        return request
    }
}

extension TestClient.Raw {
    /// Like `createRequest`, with the answer's status, headers, request id and rate limits.
    public func createRequest() async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.createRequestRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/GetPet.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /get-pet`
    /// - Generated from `#/paths/~1get-pet/get`.
    public func getPet() async throws -> Swift.Void {
        try await raw.getPet().value
    }

    /// The HTTP request for `getPet`, before the client's middlewares and authentication.
    public func getPetRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/get-pet", operationID: "GetPet")
        return request
    }
}

extension TestClient.Raw {
    /// Like `getPet`, with the answer's status, headers, request id and rate limits.
    public func getPet() async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.getPetRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/GetPet2.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /get_pet`
    /// - Generated from `#/paths/~1get_pet/get`.
    public func getPet2() async throws -> Swift.Void {
        try await raw.getPet2().value
    }

    /// The HTTP request for `getPet2`, before the client's middlewares and authentication.
    public func getPet2Request() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/get_pet", operationID: "getPet")
        return request
    }
}

extension TestClient.Raw {
    /// Like `getPet2`, with the answer's status, headers, request id and rate limits.
    public func getPet2() async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.getPet2Request()
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/Import.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `POST /import`
    /// - Generated from `#/paths/~1import/post`.
    public func `import`() async throws -> Swift.Void {
        try await raw.`import`().value
    }

    /// The HTTP request for ``import``, before the client's middlewares and authentication.
    public func importRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/import", operationID: "import")
        return request
    }
}

extension TestClient.Raw {
    /// Like ``import``, with the answer's status, headers, request id and rate limits.
    public func `import`() async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.importRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/Init.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /init`
    /// - Generated from `#/paths/~1init/get`.
    public func init_() async throws -> Swift.Void {
        try await raw.init_().value
    }

    /// The HTTP request for `init_`, before the client's middlewares and authentication.
    public func init_Request() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/init", operationID: "init")
        return request
    }
}

extension TestClient.Raw {
    /// Like `init_`, with the answer's status, headers, request id and rate limits.
    public func init_() async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.init_Request()
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/Raw2Operation.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /raw`
    /// - Generated from `#/paths/~1raw/get`.
    public func raw2(raw rawArgument: Swift.String? = nil, base baseArgument: Swift.String? = nil) async throws -> Raw2 {
        try await raw.raw2(raw: rawArgument, base: baseArgument).value
    }

    /// The HTTP request for `raw2`, before the client's middlewares and authentication.
    public func raw2Request(raw rawArgument: Swift.String? = nil, base baseArgument: Swift.String? = nil) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/raw", operationID: "raw")
        request.setHeader("Accept", "application/json")
        request.addQuery("raw", rawArgument)
        request.addQuery("base", baseArgument)
        return request
    }
}

extension TestClient.Raw {
    /// Like `raw2`, with the answer's status, headers, request id and rate limits.
    public func raw2(raw rawArgument: Swift.String? = nil, base baseArgument: Swift.String? = nil) async throws -> GeneratedClientRuntime.APIResponse<Raw2> {
        let request = try base.raw2Request(raw: rawArgument, base: baseArgument)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(Raw2.self))
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/Security.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /security`
    /// - Generated from `#/paths/~1security/get`.
    public func security() async throws -> Swift.Void {
        try await raw.security().value
    }

    /// The HTTP request for `security`, before the client's middlewares and authentication.
    public func securityRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/security", operationID: "security")
        return request
    }
}

extension TestClient.Raw {
    /// Like `security`, with the answer's status, headers, request id and rate limits.
    public func security() async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.securityRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/_2fa.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /2fa/{self}`
    /// - Generated from `#/paths/~12fa~1{self}/get`.
    public func _2fa(self_: Swift.String, self_2: Swift.String? = nil, request requestArgument: Swift.String? = nil, response responseArgument: Swift.String? = nil, client clientArgument: Swift.String? = nil, body2: Swift.String? = nil, value valueArgument: Swift.String? = nil, body: _2faRequest? = nil) async throws -> Swift.Void {
        try await raw._2fa(self_: self_, self_2: self_2, request: requestArgument, response: responseArgument, client: clientArgument, body2: body2, value: valueArgument, body: body).value
    }

    /// The HTTP request for `_2fa`, before the client's middlewares and authentication.
    public func _2faRequest(self_: Swift.String, self_2: Swift.String? = nil, request requestArgument: Swift.String? = nil, response responseArgument: Swift.String? = nil, client clientArgument: Swift.String? = nil, body2: Swift.String? = nil, value valueArgument: Swift.String? = nil, body: _2faRequest? = nil) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/2fa/\(try GeneratedClientRuntime.PathEncoding.segment(self_))", operationID: "2fa")
        request.addQuery("Self", self_2)
        request.addQuery("request", requestArgument)
        request.setHeader("response", responseArgument)
        request.addQuery("client", clientArgument)
        request.addQuery("body", body2)
        request.addQuery("value", valueArgument)
        if let body {
            try request.setJSONBody(body)
        }
        return request
    }
}

extension TestClient.Raw {
    /// Like `_2fa`, with the answer's status, headers, request id and rate limits.
    public func _2fa(self_: Swift.String, self_2: Swift.String? = nil, request requestArgument: Swift.String? = nil, response responseArgument: Swift.String? = nil, client clientArgument: Swift.String? = nil, body2: Swift.String? = nil, value valueArgument: Swift.String? = nil, body: _2faRequest? = nil) async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base._2faRequest(self_: self_, self_2: self_2, request: requestArgument, response: responseArgument, client: clientArgument, body2: body2, value: valueArgument, body: body)
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Types/Raw2.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Raw`.
public struct Raw2: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Raw/properties/id`.
    public var id: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["id"])

    /// Creates a `Raw2`.
    ///
    /// - Parameters:
    ///   - id: The `id` value.
    public init(
        id: Swift.String? = nil,
    ) {
        self.id = id
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.id = try container.decodeIfPresent(Swift.String.self, forKey: "id")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.id, forKey: "id")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/_2faRequest.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~12fa~1{self}/get/requestBody/content/application~1json/schema`.
public struct _2faRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/paths/~12fa~1{self}/get/requestBody/content/application~1json/schema/properties/request`.
    public var request: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["request"])

    /// Creates a `_2faRequest`.
    ///
    /// - Parameters:
    ///   - request: The `request` value.
    public init(
        request: Swift.String? = nil,
    ) {
        self.request = request
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.request = try container.decodeIfPresent(Swift.String.self, forKey: "request")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.request, forKey: "request")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
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

        /// `import` (`POST /import`): its answers, in order, and the requests it received.
        public var `import`: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "import", pathTemplate: "/import",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }

        /// `create` (`POST /create`): its answers, in order, and the requests it received.
        public var create: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "create", pathTemplate: "/create",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }

        /// `createRequest` (`POST /create-request`): its answers, in order, and the requests it received.
        public var createRequest: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "createRequest", pathTemplate: "/create-request",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }

        /// `configured2` (`GET /configured`): its answers, in order, and the requests it received.
        public var configured2: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "configured", pathTemplate: "/configured",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }

        /// `client2` (`GET /client`): its answers, in order, and the requests it received.
        public var client2: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "client", pathTemplate: "/client",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }

        /// `security` (`GET /security`): its answers, in order, and the requests it received.
        public var security: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "security", pathTemplate: "/security",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }

        /// `raw2` (`GET /raw`): its answers, in order, and the requests it received.
        public var raw2: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Raw2, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "raw", pathTemplate: "/raw",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `base2` (`GET /base`): its answers, in order, and the requests it received.
        public var base2: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "base", pathTemplate: "/base",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }

        /// `init_` (`GET /init`): its answers, in order, and the requests it received.
        public var init_: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "init", pathTemplate: "/init",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }

        /// `getPet` (`GET /get-pet`): its answers, in order, and the requests it received.
        public var getPet: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "GetPet", pathTemplate: "/get-pet",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }

        /// `getPet2` (`GET /get_pet`): its answers, in order, and the requests it received.
        public var getPet2: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getPet", pathTemplate: "/get_pet",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }

        /// `_2fa` (`GET /2fa/{self}`): its answers, in order, and the requests it received.
        public var _2fa: GeneratedClientTesting.MockOperation<_2faRequest?, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "2fa", pathTemplate: "/2fa/{self}",
                examples: [],
                readBody: { try GeneratedClientTesting.RecordedBody.optionalJSON($0, operationID: "2fa") }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }
    }
}

