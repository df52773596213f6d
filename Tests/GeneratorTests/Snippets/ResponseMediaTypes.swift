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

