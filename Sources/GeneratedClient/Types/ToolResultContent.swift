// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Content of a tool_result block. The Anthropic SDK may send this as either a plain
/// string or an array of typed content blocks (e.g. `[{"type": "text", "text": "..."}]`).
///
/// - Remark: Generated from `#/components/schemas/ToolResultContent`.
public enum ToolResultContent: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Plain text content.
    case string(Swift.String)
    /// An array of content blocks (text, image, etc.).
    case toolResultContentBlocks([ToolResultContentBlock])

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .array: self = .toolResultContentBlocks(try [ToolResultContentBlock](from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "ToolResultContent")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .toolResultContentBlocks(let value):
            try value.encode(to: encoder)
        }
    }
}
