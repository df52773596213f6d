// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Image generation response for `/v1/image/generations` endpoint
///
/// - Remark: Generated from `#/components/schemas/GeneratedImageResponse`.
public struct GeneratedImageResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A list of generated image objects.
    ///
    /// - Remark: Generated from `#/components/schemas/GeneratedImageResponse/properties/data`.
    public var data: [GeneratedImage]
    /// Billing and cost information for this request.
    ///
    /// - Remark: Generated from `#/components/schemas/GeneratedImageResponse/properties/usage`.
    public var usage: MediaUsage?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["data", "usage"])

    /// Creates a `GeneratedImageResponse`.
    ///
    /// - Parameters:
    ///   - data: A list of generated image objects.
    ///   - usage: Billing and cost information for this request.
    public init(
        data: [GeneratedImage],
        usage: MediaUsage? = nil,
    ) {
        self.data = data
        self.usage = usage
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.data = try container.decodeRequired([GeneratedImage].self, forKey: "data")
        self.usage = try container.decodeIfPresent(MediaUsage.self, forKey: "usage")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.data, forKey: "data")
        try container.encodeIfPresent(self.usage, forKey: "usage")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
