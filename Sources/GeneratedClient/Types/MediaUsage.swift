// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Billing and cost information for media generation requests (image and video).
///
/// - Remark: Generated from `#/components/schemas/MediaUsage`.
public struct MediaUsage: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The cost of this request expressed in USD ticks.
    /// One USD cent equals 100,000,000 ticks, so one US dollar equals
    /// 10,000,000,000 ticks.
    ///
    /// - Remark: Generated from `#/components/schemas/MediaUsage/properties/cost_in_usd_ticks`.
    public var costInUsdTicks: Swift.Int64
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["cost_in_usd_ticks"])

    /// Creates a `MediaUsage`.
    ///
    /// - Parameters:
    ///   - costInUsdTicks: The cost of this request expressed in USD ticks.
    public init(
        costInUsdTicks: Swift.Int64,
    ) {
        self.costInUsdTicks = costInUsdTicks
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.costInUsdTicks = try container.decodeRequired(Swift.Int64.self, forKey: "cost_in_usd_ticks")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.costInUsdTicks, forKey: "cost_in_usd_ticks")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
