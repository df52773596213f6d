// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/MessageToolInputSchema`.
public struct MessageToolInputSchema: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// JSON-object of the tool input schema.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageToolInputSchema/properties/properties`.
    public var properties: GeneratedClientRuntime.JSONValue
    /// Required properties of the tool input schema, if any.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageToolInputSchema/properties/required`.
    public var required: [Swift.String]?
    /// Type of the schema. This is always `"object"`.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageToolInputSchema/properties/type`.
    public var type: Swift.String

    /// Creates a `MessageToolInputSchema`.
    ///
    /// - Parameters:
    ///   - properties: JSON-object of the tool input schema.
    ///   - required: Required properties of the tool input schema, if any.
    ///   - type: Type of the schema. This is always `"object"`.
    public init(
        properties: GeneratedClientRuntime.JSONValue,
        required: [Swift.String]? = nil,
        type: Swift.String,
    ) {
        self.properties = properties
        self.required = required
        self.type = type
    }
}
