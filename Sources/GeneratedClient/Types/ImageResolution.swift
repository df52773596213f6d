// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Resolution for image generation.
/// Only supported by grok-imagine models.
///
/// - Remark: Generated from `#/components/schemas/ImageResolution`.
public enum ImageResolution: GeneratedClientRuntime.OpenEnum {
    case _1k
    case _2k
    /// A value this client does not know yet; decoding never fails because the server added one.
    case unknown(Swift.String)

    public init(rawValue: Swift.String) {
        switch rawValue {
        case "1k": self = ._1k
        case "2k": self = ._2k
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: Swift.String {
        switch self {
        case ._1k: "1k"
        case ._2k: "2k"
        case .unknown(let value): value
        }
    }
}
