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
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.costInUsdTicks, forKey: "cost_in_usd_ticks")
    }
}
