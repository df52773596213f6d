// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// How hard a reasoning model thinks before responding: `none` (no reasoning, grok-4.3), `low`, `medium`, `high`, `xhigh` (grok-4.7 and the multi-agent model). Which values a model accepts depends on the model.
///
/// - Remark: Generated from `#/components/schemas/ReasoningEffort`.
public enum ReasoningEffort: GeneratedClientRuntime.OpenEnum {
    case none
    case low
    case medium
    case high
    case xhigh
    /// A value this client does not know yet; decoding never fails because the server added one.
    case unknown(Swift.String)

    public init(rawValue: Swift.String) {
        switch rawValue {
        case "none": self = .none
        case "low": self = .low
        case "medium": self = .medium
        case "high": self = .high
        case "xhigh": self = .xhigh
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: Swift.String {
        switch self {
        case .none: "none"
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        case .xhigh: "xhigh"
        case .unknown(let value): value
        }
    }
}
