// Generated from an OpenAPI document by the generator. Do not edit by hand.
import ClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ModelResponseConfiguration`.
public struct ModelResponseConfiguration: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/ModelResponseConfiguration/properties/format`.
    public var format: ModelResponseFormat?

    public init(
        format: ModelResponseFormat? = nil,
    ) {
        self.format = format
    }
}
