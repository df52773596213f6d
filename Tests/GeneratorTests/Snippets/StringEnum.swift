// FILE: Types/Size.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Image size.
///
/// - Remark: Generated from `#/components/schemas/Size`.
public enum Size: GeneratedClientRuntime.OpenEnum {
    case _1024x1024
    case `default`
    case auto
    case unknown2
    case imageURL
    /// A value this client does not know yet; decoding never fails because the server added one.
    case unknown(Swift.String)

    public init(rawValue: Swift.String) {
        switch rawValue {
        case "1024x1024": self = ._1024x1024
        case "default": self = .`default`
        case "auto": self = .auto
        case "unknown": self = .unknown2
        case "image-url": self = .imageURL
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: Swift.String {
        switch self {
        case ._1024x1024: "1024x1024"
        case .`default`: "default"
        case .auto: "auto"
        case .unknown2: "unknown"
        case .imageURL: "image-url"
        case .unknown(let value): value
        }
    }
}

