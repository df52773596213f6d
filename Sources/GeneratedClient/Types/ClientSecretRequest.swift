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
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.expiresAfter, forKey: "expires_after")
        try container.encodeIfPresent(self.session, forKey: "session")
    }
}

extension ClientSecretRequest {
    /// - Remark: Generated from `#/components/schemas/ClientSecretRequest/properties/expires_after`.
    public struct ExpiresAfter: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Seconds until the secret expires; at most 3600
        ///
        /// - Remark: Generated from `#/components/schemas/ClientSecretRequest/properties/expires_after/properties/seconds`.
        public var seconds: Swift.Int32?

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
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.seconds, forKey: "seconds")
        }
    }
}
