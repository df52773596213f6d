// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ClientSecretRequest`.
public struct ClientSecretRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/ClientSecretRequest/properties/expires_after`.
    public var expiresAfter: ClientSecretRequest.ExpiresAfter?
    /// An initial Realtime session configuration bound to the secret (model, voice, ...), applied when the WebSocket opens.
    ///
    /// - Remark: Generated from `#/components/schemas/ClientSecretRequest/properties/session`.
    public var session: GeneratedClientRuntime.JSONValue?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["expires_after", "session"])

    /// Creates a `ClientSecretRequest`.
    ///
    /// - Parameters:
    ///   - expiresAfter: The `expires_after` value.
    ///   - session: An initial Realtime session configuration bound to the secret (model, voice, ...), applied when the WebSocket opens.
    public init(
        expiresAfter: ClientSecretRequest.ExpiresAfter? = nil,
        session: GeneratedClientRuntime.JSONValue? = nil,
    ) {
        self.expiresAfter = expiresAfter
        self.session = session
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.expiresAfter = try container.decodeIfPresent(ClientSecretRequest.ExpiresAfter.self, forKey: "expires_after")
        self.session = try container.decodeIfPresent(GeneratedClientRuntime.JSONValue.self, forKey: "session")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.expiresAfter, forKey: "expires_after")
        try container.encodeIfPresent(self.session, forKey: "session")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

extension ClientSecretRequest {
    /// - Remark: Generated from `#/components/schemas/ClientSecretRequest/properties/expires_after`.
    public struct ExpiresAfter: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Seconds until the secret expires; at most 3600
        ///
        /// - Remark: Generated from `#/components/schemas/ClientSecretRequest/properties/expires_after/properties/seconds`.
        public var seconds: Swift.Int32?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["seconds"])

        /// Creates an `ExpiresAfter`.
        ///
        /// - Parameters:
        ///   - seconds: Seconds until the secret expires; at most 3600
        public init(
            seconds: Swift.Int32? = nil,
        ) {
            self.seconds = seconds
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.seconds = try container.decodeIfPresent(Swift.Int32.self, forKey: "seconds")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.seconds, forKey: "seconds")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
