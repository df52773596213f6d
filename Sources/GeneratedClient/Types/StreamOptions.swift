// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Options available when using streaming response.
///
/// - Remark: Generated from `#/components/schemas/StreamOptions`.
public struct StreamOptions: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Set an additional chunk to be streamed before the `data: [DONE]` message. The other chunks will return `null` in `usage` field.
    ///
    /// - Remark: Generated from `#/components/schemas/StreamOptions/properties/include_usage`.
    public var includeUsage: Swift.Bool
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["include_usage"])

    /// Creates a `StreamOptions`.
    ///
    /// - Parameters:
    ///   - includeUsage: Set an additional chunk to be streamed before the `data: [DONE]` message. The other chunks will return `null` in `usage` field.
    public init(
        includeUsage: Swift.Bool,
    ) {
        self.includeUsage = includeUsage
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.includeUsage = try container.decode(Swift.Bool.self, forKey: "include_usage")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.includeUsage, forKey: "include_usage")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
