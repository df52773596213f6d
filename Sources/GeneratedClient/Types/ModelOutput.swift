// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ModelOutput`.
public enum ModelOutput: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case message(OutputMessage)
    case functionToolCall(FunctionToolCall)
    case reasoning(Reasoning)
    case webSearchCall(WebSearchCall)
    case fileSearchCall(FileSearchCall)
    case codeInterpreterCall(CodeInterpreterCall)
    case mcpCall(McpCall)
    case customToolCall(CustomToolCall)
    case shellCall(ShellCall)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "message": self = .message(try OutputMessage(from: decoder))
        case "function_call", "x_search_call": self = .functionToolCall(try FunctionToolCall(from: decoder))
        case "reasoning": self = .reasoning(try Reasoning(from: decoder))
        case "web_search_call": self = .webSearchCall(try WebSearchCall(from: decoder))
        case "file_search_call": self = .fileSearchCall(try FileSearchCall(from: decoder))
        case "code_interpreter_call": self = .codeInterpreterCall(try CodeInterpreterCall(from: decoder))
        case "mcp_call": self = .mcpCall(try McpCall(from: decoder))
        case "custom_tool_call": self = .customToolCall(try CustomToolCall(from: decoder))
        case "shell_call": self = .shellCall(try ShellCall(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .message(let value):
            try value.encode(to: encoder)
        case .functionToolCall(let value):
            try value.encode(to: encoder)
        case .reasoning(let value):
            try value.encode(to: encoder)
        case .webSearchCall(let value):
            try value.encode(to: encoder)
        case .fileSearchCall(let value):
            try value.encode(to: encoder)
        case .codeInterpreterCall(let value):
            try value.encode(to: encoder)
        case .mcpCall(let value):
            try value.encode(to: encoder)
        case .customToolCall(let value):
            try value.encode(to: encoder)
        case .shellCall(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}
