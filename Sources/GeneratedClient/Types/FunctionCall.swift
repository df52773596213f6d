// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/FunctionCall`.
public struct FunctionCall: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Arguments available to the function.
    ///
    /// - Remark: Generated from `#/components/schemas/FunctionCall/properties/arguments`.
    public var arguments: Swift.String
    /// Name of the function.
    ///
    /// - Remark: Generated from `#/components/schemas/FunctionCall/properties/name`.
    public var name: Swift.String

    /// Creates a `FunctionCall`.
    ///
    /// - Parameters:
    ///   - arguments: Arguments available to the function.
    ///   - name: Name of the function.
    public init(
        arguments: Swift.String,
        name: Swift.String,
    ) {
        self.arguments = arguments
        self.name = name
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.arguments = try container.decode(Swift.String.self, forKey: "arguments")
        self.name = try container.decode(Swift.String.self, forKey: "name")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.arguments, forKey: "arguments")
        try container.encode(self.name, forKey: "name")
    }
}
