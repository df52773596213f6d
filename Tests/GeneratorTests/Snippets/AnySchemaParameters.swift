// FILE: Operations/GetItem.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /items/{itemId}/tags/{tags}`
    /// - Generated from `#/paths/~1items~1{itemId}~1tags~1{tags}/get`.
    public func getItem(itemID: GetItemItemID, tags: [Swift.String], index: GetItemIndex? = nil, filters: [GetItemFiltersItem]? = nil, xTrace: GetItemXTrace? = nil) async throws -> Labels {
        try await raw.getItem(itemID: itemID, tags: tags, index: index, filters: filters, xTrace: xTrace).value
    }

    /// The HTTP request for `getItem`, before the client's middlewares and authentication.
    public func getItemRequest(itemID: GetItemItemID, tags: [Swift.String], index: GetItemIndex? = nil, filters: [GetItemFiltersItem]? = nil, xTrace: GetItemXTrace? = nil) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/items/\(try GeneratedClientRuntime.PathEncoding.segment(encoding: itemID))/tags/\(try GeneratedClientRuntime.PathEncoding.segment(encoding: tags))", operationID: "getItem")
        request.setHeader("Accept", "application/json")
        try request.addQuery("index", encoding: index, style: "form", explode: true)
        try request.addQuery("filters", encoding: filters, style: "form", explode: true)
        try request.setHeader("X-Trace", encoding: xTrace)
        return request
    }
}

extension TestClient.Raw {
    /// Like `getItem`, with the answer's status, headers, request id and rate limits.
    public func getItem(itemID: GetItemItemID, tags: [Swift.String], index: GetItemIndex? = nil, filters: [GetItemFiltersItem]? = nil, xTrace: GetItemXTrace? = nil) async throws -> GeneratedClientRuntime.APIResponse<Labels> {
        let request = try base.getItemRequest(itemID: itemID, tags: tags, index: index, filters: filters, xTrace: xTrace)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(Labels.self))
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/GetLegacy.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /legacy`
    /// - Generated from `#/paths/~1legacy/get`.
    public func getLegacy() async throws -> Swift.Void {
        try await raw.getLegacy().value
    }

    /// The HTTP request for `getLegacy`, before the client's middlewares and authentication.
    public func getLegacyRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/legacy", operationID: "getLegacy")
        return request
    }
}

extension TestClient.Raw {
    /// Like `getLegacy`, with the answer's status, headers, request id and rate limits.
    public func getLegacy() async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.getLegacyRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/GetMirror.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /mirror`
    /// - Generated from `#/paths/~1mirror/get`.
    public func getMirror() async throws -> Swift.Void {
        try await raw.getMirror().value
    }

    /// The HTTP request for `getMirror`, before the client's middlewares and authentication.
    public func getMirrorRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/mirror", operationID: "getMirror")
        return request
    }
}

extension TestClient.Raw {
    /// Like `getMirror`, with the answer's status, headers, request id and rate limits.
    public func getMirror() async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.getMirrorRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Types/GetItemFiltersItem.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1items~1{itemId}~1tags~1{tags}/get/parameters/3/schema/items`.
public enum GetItemFiltersItem: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case string(Swift.String)
    case integer(Swift.Int)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .integer: self = .integer(try Swift.Int(from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "GetItemFiltersItem")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .integer(let value):
            try value.encode(to: encoder)
        }
    }
}

// FILE: Types/GetItemIndex.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1items~1{itemId}~1tags~1{tags}/get/parameters/2/schema`.
public enum GetItemIndex: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case string(Swift.String)
    case strings([Swift.String])

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .array: self = .strings(try [Swift.String](from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "GetItemIndex")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .strings(let value):
            try value.encode(to: encoder)
        }
    }
}

// FILE: Types/GetItemItemID.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1items~1{itemId}~1tags~1{tags}/get/parameters/0/schema`.
public enum GetItemItemID: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case string(Swift.String)
    case integer(Swift.Int)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .integer: self = .integer(try Swift.Int(from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "GetItemItemID")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .integer(let value):
            try value.encode(to: encoder)
        }
    }
}

// FILE: Types/GetItemXTrace.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1items~1{itemId}~1tags~1{tags}/get/parameters/4/schema`.
public enum GetItemXTrace: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case string(Swift.String)
    case integer(Swift.Int)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .integer: self = .integer(try Swift.Int(from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "GetItemXTrace")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .integer(let value):
            try value.encode(to: encoder)
        }
    }
}

// FILE: Types/Labels.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Labels by language.
///
/// Keys match `^[a-z]{2}$`.
///
/// - Remark: Generated from `#/components/schemas/Labels`.
public typealias Labels = [Swift.String: Swift.String]

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

        /// `getItem` (`GET /items/{itemId}/tags/{tags}`): its answers, in order, and the requests it received.
        public var getItem: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Labels, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getItem", pathTemplate: "/items/{itemId}/tags/{tags}",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `getMirror` (`GET /mirror`): its answers, in order, and the requests it received.
        public var getMirror: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getMirror", pathTemplate: "/mirror",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }

        /// `getLegacy` (`GET /legacy`): its answers, in order, and the requests it received.
        public var getLegacy: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getLegacy", pathTemplate: "/legacy",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }
    }
}

// WARNING: snippet.yaml:54: warning: an operation given as a $ref is not standard OpenAPI; it is read from '#/x-operations/legacy' [#/paths/~1legacy/get/$ref]
