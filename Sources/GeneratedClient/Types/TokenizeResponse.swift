// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/TokenizeResponse`.
public struct TokenizeResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A list of tokens.
    ///
    /// - Remark: Generated from `#/components/schemas/TokenizeResponse/properties/token_ids`.
    public var tokenIDs: [TokenizeResponseToken]
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["token_ids"])

    /// Creates a `TokenizeResponse`.
    ///
    /// - Parameters:
    ///   - tokenIDs: A list of tokens.
    public init(
        tokenIDs: [TokenizeResponseToken],
    ) {
        self.tokenIDs = tokenIDs
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.tokenIDs = try container.decodeRequired([TokenizeResponseToken].self, forKey: "token_ids")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.tokenIDs, forKey: "token_ids")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
