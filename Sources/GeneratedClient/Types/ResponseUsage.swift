// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Token usage of a response: the Responses API shape, or the chat-completions shape that stored responses are sometimes returned with.
///
/// - Remark: Generated from `#/components/schemas/ResponseUsage`.
public enum ResponseUsage: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case modelUsage(ModelUsage)
    case usage(Usage)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .object:
            let keys = try GeneratedClientRuntime.UnionCoding.keys(in: decoder)
            if keys.contains("input_tokens") { self = .modelUsage(try ModelUsage(from: decoder)); return }
            if keys.contains("prompt_tokens") { self = .usage(try Usage(from: decoder)); return }
            self = .unknown(try GeneratedClientRuntime.UnionCoding.unrecognised(in: decoder, type: "ResponseUsage"))
        default: self = .unknown(try GeneratedClientRuntime.UnionCoding.unrecognised(in: decoder, type: "ResponseUsage"))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .modelUsage(let value):
            try value.encode(to: encoder)
        case .usage(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}
