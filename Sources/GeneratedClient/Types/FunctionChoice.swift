// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Function name.
///
/// - Remark: Generated from `#/components/schemas/FunctionChoice`.
public struct FunctionChoice: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/FunctionChoice/properties/name`.
    public var name: Swift.String

    /// Creates a `FunctionChoice`.
    ///
    /// - Parameters:
    ///   - name: The `name` value.
    public init(
        name: Swift.String,
    ) {
        self.name = name
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.name = try container.decode(Swift.String.self, forKey: "name")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.name, forKey: "name")
    }
}
