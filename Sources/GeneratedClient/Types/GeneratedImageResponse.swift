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
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.data, forKey: "data")
        try container.encodeIfPresent(self.usage, forKey: "usage")
    }
}
