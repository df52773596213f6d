// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Resolution for video generation.
///
/// - Remark: Generated from `#/components/schemas/VideoResolution`.
public enum VideoResolution: GeneratedClientRuntime.OpenEnum {
    case _480p
    case _720p
    case _1080p
    /// A value this client does not know yet; decoding never fails because the server added one.
    case unknown(Swift.String)

    public init(rawValue: Swift.String) {
        switch rawValue {
        case "480p": self = ._480p
        case "720p": self = ._720p
        case "1080p": self = ._1080p
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: Swift.String {
        switch self {
        case ._480p: "480p"
        case ._720p: "720p"
        case ._1080p: "1080p"
        case .unknown(let value): value
        }
    }
}
