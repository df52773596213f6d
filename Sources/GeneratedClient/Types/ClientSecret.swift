// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ClientSecret`.
public struct ClientSecret: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The ephemeral token: a Bearer token for the Realtime WebSocket, or `xai-client-secret.<value>` in `Sec-WebSocket-Protocol`.
    ///
    /// - Remark: Generated from `#/components/schemas/ClientSecret/properties/value`.
    public var value: Swift.String
    /// Unix time (seconds) when it expires.
    ///
    /// - Remark: Generated from `#/components/schemas/ClientSecret/properties/expires_at`.
    public var expiresAt: Swift.Int64
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["value", "expires_at"])

    /// Creates a `ClientSecret`.
    ///
    /// - Parameters:
    ///   - value: The ephemeral token: a Bearer token for the Realtime WebSocket, or `xai-client-secret.<value>` in `Sec-WebSocket-Protocol`.
    ///   - expiresAt: Unix time (seconds) when it expires.
    public init(
        value: Swift.String,
        expiresAt: Swift.Int64,
    ) {
        self.value = value
        self.expiresAt = expiresAt
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.value = try container.decodeRequired(Swift.String.self, forKey: "value")
        self.expiresAt = try container.decodeRequired(Swift.Int64.self, forKey: "expires_at")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.value, forKey: "value")
        try container.encode(self.expiresAt, forKey: "expires_at")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
