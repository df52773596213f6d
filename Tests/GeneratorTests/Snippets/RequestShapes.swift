// FILE: Operations/UpdateLock.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `PUT /files/{id}`
    /// - Generated from `#/paths/~1files~1{id}#update_lock/put`.
    public func updateLock(id: Swift.String, body: Lock) async throws -> Swift.Void {
        try await raw.updateLock(id: id, body: body).value
    }

    /// The HTTP request for `updateLock`, before the client's middlewares and authentication.
    public func updateLockRequest(id: Swift.String, body: Lock) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .put, path: "/files/\(try GeneratedClientRuntime.PathEncoding.segment(id))", operationID: "updateLock")
        try request.setJSONBody(body, contentType: "application/json-patch+json")
        return request
    }
}

extension TestClient.Raw {
    /// Like `updateLock`, with the answer's status, headers, request id and rate limits.
    public func updateLock(id: Swift.String, body: Lock) async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.updateLockRequest(id: id, body: body)
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Types/Lock.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Lock`.
public struct Lock: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Lock/properties/access`.
    public var access: Swift.String?
    /// - Remark: Generated from `#/components/schemas/Lock/required`.
    public var type: GeneratedClientRuntime.JSONValue
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["access", "type"])

    /// Creates a `Lock`.
    ///
    /// - Parameters:
    ///   - access: The `access` value.
    ///   - type: The `type` value.
    public init(
        access: Swift.String? = nil,
        type: GeneratedClientRuntime.JSONValue,
    ) {
        self.access = access
        self.type = type
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.access = try container.decodeIfPresent(Swift.String.self, forKey: "access")
        self.type = try container.decode(GeneratedClientRuntime.JSONValue.self, forKey: "type")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.access, forKey: "access")
        try container.encode(self.type, forKey: "type")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

