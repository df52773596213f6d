// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Aspect ratio for video generation.
///
/// - Remark: Generated from `#/components/schemas/VideoAspectRatio`.
public enum VideoAspectRatio: GeneratedClientRuntime.OpenEnum {
    case _11
    case _169
    case _916
    case _43
    case _34
    case _32
    case _23
    /// A value this client does not know yet; decoding never fails because the server added one.
    case unknown(Swift.String)

    public init(rawValue: Swift.String) {
        switch rawValue {
        case "1:1": self = ._11
        case "16:9": self = ._169
        case "9:16": self = ._916
        case "4:3": self = ._43
        case "3:4": self = ._34
        case "3:2": self = ._32
        case "2:3": self = ._23
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: Swift.String {
        switch self {
        case ._11: "1:1"
        case ._169: "16:9"
        case ._916: "9:16"
        case ._43: "4:3"
        case ._34: "3:4"
        case ._32: "3:2"
        case ._23: "2:3"
        case .unknown(let value): value
        }
    }
}
