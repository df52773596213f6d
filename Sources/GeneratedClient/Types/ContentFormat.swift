// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Format of the downloaded file content.
///
/// - Remark: Generated from `#/components/schemas/ContentFormat`.
public enum ContentFormat: GeneratedClientRuntime.OpenEnum {
    case original
    case text
    /// A value this client does not know yet; decoding never fails because the server added one.
    case unknown(Swift.String)

    public init(rawValue: Swift.String) {
        switch rawValue {
        case "original": self = .original
        case "text": self = .text
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: Swift.String {
        switch self {
        case .original: "original"
        case .text: "text"
        case .unknown(let value): value
        }
    }
}
