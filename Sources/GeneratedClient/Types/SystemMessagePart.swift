// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/SystemMessagePart`.
public struct SystemMessagePart: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// (Unsupported) Cache control.
    ///
    /// - Remark: Generated from `#/components/schemas/SystemMessagePart/properties/cache_control`.
    public var cacheControl: GeneratedClientRuntime.JSONValue?
    /// System prompt text.
    ///
    /// - Remark: Generated from `#/components/schemas/SystemMessagePart/properties/text`.
    public var text: Swift.String
    /// Type of the object. This is always `"text"`.
    ///
    /// - Remark: Generated from `#/components/schemas/SystemMessagePart/properties/type`.
    public var type: Swift.String

    /// Creates a `SystemMessagePart`.
    ///
    /// - Parameters:
    ///   - cacheControl: (Unsupported) Cache control.
    ///   - text: System prompt text.
    ///   - type: Type of the object. This is always `"text"`.
    public init(
        cacheControl: GeneratedClientRuntime.JSONValue? = nil,
        text: Swift.String,
        type: Swift.String,
    ) {
        self.cacheControl = cacheControl
        self.text = text
        self.type = type
    }

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case cacheControl = "cache_control"
        case text
        case type
    }
}
