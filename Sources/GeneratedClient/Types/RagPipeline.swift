// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/RagPipeline`.
public enum RagPipeline: GeneratedClientRuntime.OpenEnum {
    case chromaDb
    case es
    /// A value this client does not know yet; decoding never fails because the server added one.
    case unknown(Swift.String)

    public init(rawValue: Swift.String) {
        switch rawValue {
        case "chroma_db": self = .chromaDb
        case "es": self = .es
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: Swift.String {
        switch self {
        case .chromaDb: "chroma_db"
        case .es: "es"
        case .unknown(let value): value
        }
    }
}
