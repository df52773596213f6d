// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/TokenizeResponseToken`.
public struct TokenizeResponseToken: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The string of the token.
    ///
    /// - Remark: Generated from `#/components/schemas/TokenizeResponseToken/properties/string_token`.
    public var stringToken: Swift.String
    /// The bytes that constituted the token.
    ///
    /// - Remark: Generated from `#/components/schemas/TokenizeResponseToken/properties/token_bytes`.
    public var tokenBytes: [Swift.Int32]
    /// The integer representation of the token for the model.
    ///
    /// - Remark: Generated from `#/components/schemas/TokenizeResponseToken/properties/token_id`.
    public var tokenID: Swift.Int32
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["string_token", "token_bytes", "token_id"])

    /// Creates a `TokenizeResponseToken`.
    ///
    /// - Parameters:
    ///   - stringToken: The string of the token.
    ///   - tokenBytes: The bytes that constituted the token.
    ///   - tokenID: The integer representation of the token for the model.
    public init(
        stringToken: Swift.String,
        tokenBytes: [Swift.Int32],
        tokenID: Swift.Int32,
    ) {
        self.stringToken = stringToken
        self.tokenBytes = tokenBytes
        self.tokenID = tokenID
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.stringToken = try container.decodeRequired(Swift.String.self, forKey: "string_token")
        self.tokenBytes = try container.decodeRequired([Swift.Int32].self, forKey: "token_bytes")
        self.tokenID = try container.decodeRequired(Swift.Int32.self, forKey: "token_id")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.stringToken, forKey: "string_token")
        try container.encode(self.tokenBytes, forKey: "token_bytes")
        try container.encode(self.tokenID, forKey: "token_id")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
