// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/MessageTools`.
public struct MessageTools: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// (Unsupported) Cache control.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageTools/properties/cache_control`.
    public var cacheControl: GeneratedClientRuntime.JSONValue?
    /// Description of the tool.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageTools/properties/description`.
    public var description: Swift.String
    /// Input schema allowed by the tool.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageTools/properties/input_schema`.
    public var inputSchema: MessageToolInputSchema
    /// Name of the tool.
    ///
    /// - Remark: Generated from `#/components/schemas/MessageTools/properties/name`.
    public var name: Swift.String

    /// Creates a `MessageTools`.
    ///
    /// - Parameters:
    ///   - cacheControl: (Unsupported) Cache control.
    ///   - description: Description of the tool.
    ///   - inputSchema: Input schema allowed by the tool.
    ///   - name: Name of the tool.
    public init(
        cacheControl: GeneratedClientRuntime.JSONValue? = nil,
        description: Swift.String,
        inputSchema: MessageToolInputSchema,
        name: Swift.String,
    ) {
        self.cacheControl = cacheControl
        self.description = description
        self.inputSchema = inputSchema
        self.name = name
    }

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case cacheControl = "cache_control"
        case description
        case inputSchema = "input_schema"
        case name
    }
}
