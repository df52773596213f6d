// FILE: Operations/GetBundle.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /bundle`
    /// - Generated from `#/paths/~1bundle/get`.
    public func getBundle() async throws -> [GeneratedClientRuntime.ReceivedPart] {
        try await raw.getBundle().value
    }

    /// The HTTP request for `getBundle`, before the client's middlewares and authentication.
    public func getBundleRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/bundle", operationID: "getBundle")
        request.setHeader("Accept", "multipart/form-data")
        return request
    }
}

extension TestClient.Raw {
    /// Like `getBundle`, with the answer's status, headers, request id and rate limits.
    public func getBundle() async throws -> GeneratedClientRuntime.APIResponse<[GeneratedClientRuntime.ReceivedPart]> {
        let request = try base.getBundleRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.multipartParts())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/GetReport.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /report`
    /// - Generated from `#/paths/~1report/get`.
    public func getReport() async throws -> GeneratedClientRuntime.MediaBody<Swift.Never> {
        try await raw.getReport().value
    }

    /// The HTTP request for `getReport`, before the client's middlewares and authentication.
    public func getReportRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/report", operationID: "getReport")
        request.setHeader("Accept", "text/csv, application/pdf")
        return request
    }
}

extension TestClient.Raw {
    /// Like `getReport`, with the answer's status, headers, request id and rate limits.
    public func getReport() async throws -> GeneratedClientRuntime.APIResponse<GeneratedClientRuntime.MediaBody<Swift.Never>> {
        let request = try base.getReportRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decodeMedia(Swift.Never.self))
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Operations/GetStats.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /stats`
    /// - Generated from `#/paths/~1stats/get`.
    public func getStats() async throws -> GeneratedClientRuntime.MediaBody<GetStatsResponse> {
        try await raw.getStats().value
    }

    /// The HTTP request for `getStats`, before the client's middlewares and authentication.
    public func getStatsRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/stats", operationID: "getStats")
        request.setHeader("Accept", "application/json, text/plain, application/octet-stream")
        return request
    }
}

extension TestClient.Raw {
    /// Like `getStats`, with the answer's status, headers, request id and rate limits.
    public func getStats() async throws -> GeneratedClientRuntime.APIResponse<GeneratedClientRuntime.MediaBody<GetStatsResponse>> {
        let request = try base.getStatsRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decodeMedia(GetStatsResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Types/GetStatsResponse.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1stats/get/responses/200/content/application~1json/schema`.
public struct GetStatsResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/paths/~1stats/get/responses/200/content/application~1json/schema/properties/count`.
    public var count: Swift.Int
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["count"])

    /// Creates a `GetStatsResponse`.
    ///
    /// - Parameters:
    ///   - count: The `count` value.
    public init(
        count: Swift.Int,
    ) {
        self.count = count
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.count = try container.decodeRequired(Swift.Int.self, forKey: "count")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.count, forKey: "count")
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

        /// `getStats` (`GET /stats`): its answers, in order, and the requests it received.
        public var getStats: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, GeneratedClientRuntime.MediaBody<GetStatsResponse>, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getStats", pathTemplate: "/stats",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .media(value, status: 200, headers: headers)
            }
        }

        /// `getReport` (`GET /report`): its answers, in order, and the requests it received.
        public var getReport: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, GeneratedClientRuntime.MediaBody<Swift.Never>, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getReport", pathTemplate: "/report",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .media(value, status: 200, headers: headers)
            }
        }

        /// `getBundle` (`GET /bundle`): its answers, in order, and the requests it received.
        public var getBundle: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, [GeneratedClientRuntime.ReceivedPart], GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getBundle", pathTemplate: "/bundle",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .multipart(value, status: 200, headers: headers)
            }
        }
    }
}

