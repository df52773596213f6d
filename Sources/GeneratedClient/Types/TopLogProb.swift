// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/TopLogProb`.
public struct TopLogProb: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The ASCII encoding of the output character.
    ///
    /// - Remark: Generated from `#/components/schemas/TopLogProb/properties/bytes`.
    public var bytes: [Swift.Int32]?
    /// The log probability of returning this token.
    ///
    /// - Remark: Generated from `#/components/schemas/TopLogProb/properties/logprob`.
    public var logprob: Swift.Double
    /// The token.
    ///
    /// - Remark: Generated from `#/components/schemas/TopLogProb/properties/token`.
    public var token: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["bytes", "logprob", "token"])

    /// Creates a `TopLogProb`.
    ///
    /// - Parameters:
    ///   - bytes: The ASCII encoding of the output character.
    ///   - logprob: The log probability of returning this token.
    ///   - token: The token.
    public init(
        bytes: [Swift.Int32]? = nil,
        logprob: Swift.Double,
        token: Swift.String,
    ) {
        self.bytes = bytes
        self.logprob = logprob
        self.token = token
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.bytes = try container.decodeIfPresent([Swift.Int32].self, forKey: "bytes")
        self.logprob = try container.decodeRequired(Swift.Double.self, forKey: "logprob")
        self.token = try container.decodeRequired(Swift.String.self, forKey: "token")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.bytes, forKey: "bytes")
        try container.encode(self.logprob, forKey: "logprob")
        try container.encode(self.token, forKey: "token")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
