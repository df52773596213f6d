// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/LogProbs`.
public struct LogProbs: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// An array the log probabilities of each output token returned.
    ///
    /// - Remark: Generated from `#/components/schemas/LogProbs/properties/content`.
    public var content: [TokenLogProb]?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["content"])

    /// Creates a `LogProbs`.
    ///
    /// - Parameters:
    ///   - content: An array the log probabilities of each output token returned.
    public init(
        content: [TokenLogProb]? = nil,
    ) {
        self.content = content
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.content = try container.decodeIfPresent([TokenLogProb].self, forKey: "content")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.content, forKey: "content")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
