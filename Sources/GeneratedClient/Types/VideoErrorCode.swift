// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Machine-readable error codes for video generation failures.
///
/// These are the codes that can appear in `VideoError.code` when polling a
/// deferred video generation result. Authentication errors, model-not-found
/// errors, and rate-limit errors are returned synchronously as HTTP errors
/// and never appear in `VideoError`.
///
/// Serializes to/from snake_case strings (e.g. `"invalid_argument"`,
/// `"internal_error"`) for JSON compatibility.
///
/// - Remark: Generated from `#/components/schemas/VideoErrorCode`.
public enum VideoErrorCode: GeneratedClientRuntime.OpenEnum {
    case invalidArgument
    case permissionDenied
    case failedPrecondition
    case internalError
    /// A value this client does not know yet; decoding never fails because the server added one.
    case unknown(Swift.String)

    public init(rawValue: Swift.String) {
        switch rawValue {
        case "invalid_argument": self = .invalidArgument
        case "permission_denied": self = .permissionDenied
        case "failed_precondition": self = .failedPrecondition
        case "internal_error": self = .internalError
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: Swift.String {
        switch self {
        case .invalidArgument: "invalid_argument"
        case .permissionDenied: "permission_denied"
        case .failedPrecondition: "failed_precondition"
        case .internalError: "internal_error"
        case .unknown(let value): value
        }
    }
}
