// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Aspect ratio for image generation.
/// Only supported by grok-imagine models.
///
/// - Remark: Generated from `#/components/schemas/ImageAspectRatio`.
public enum ImageAspectRatio: GeneratedClientRuntime.OpenEnum {
    case _11
    case _34
    case _43
    case _916
    case _169
    case _23
    case _32
    case _9195
    case _1959
    case _920
    case _209
    case _12
    case _21
    case auto
    /// A value this client does not know yet; decoding never fails because the server added one.
    case unknown(Swift.String)

    public init(rawValue: Swift.String) {
        switch rawValue {
        case "1:1": self = ._11
        case "3:4": self = ._34
        case "4:3": self = ._43
        case "9:16": self = ._916
        case "16:9": self = ._169
        case "2:3": self = ._23
        case "3:2": self = ._32
        case "9:19.5": self = ._9195
        case "19.5:9": self = ._1959
        case "9:20": self = ._920
        case "20:9": self = ._209
        case "1:2": self = ._12
        case "2:1": self = ._21
        case "auto": self = .auto
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: Swift.String {
        switch self {
        case ._11: "1:1"
        case ._34: "3:4"
        case ._43: "4:3"
        case ._916: "9:16"
        case ._169: "16:9"
        case ._23: "2:3"
        case ._32: "3:2"
        case ._9195: "9:19.5"
        case ._1959: "19.5:9"
        case ._920: "9:20"
        case ._209: "20:9"
        case ._12: "1:2"
        case ._21: "2:1"
        case .auto: "auto"
        case .unknown(let value): value
        }
    }
}
