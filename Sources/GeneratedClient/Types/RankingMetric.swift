// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Deprecated: Metric now comes from collection creation.
///
/// - Remark: Generated from `#/components/schemas/RankingMetric`.
public enum RankingMetric: GeneratedClientRuntime.OpenEnum {
    case rankingMETRICUNKNOWN
    case rankingMETRICL2DISTANCE
    case rankingMETRICCOSINESIMILARITY
    /// A value this client does not know yet; decoding never fails because the server added one.
    case unknown(Swift.String)

    public init(rawValue: Swift.String) {
        switch rawValue {
        case "RANKING_METRIC_UNKNOWN": self = .rankingMETRICUNKNOWN
        case "RANKING_METRIC_L2_DISTANCE": self = .rankingMETRICL2DISTANCE
        case "RANKING_METRIC_COSINE_SIMILARITY": self = .rankingMETRICCOSINESIMILARITY
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: Swift.String {
        switch self {
        case .rankingMETRICUNKNOWN: "RANKING_METRIC_UNKNOWN"
        case .rankingMETRICL2DISTANCE: "RANKING_METRIC_L2_DISTANCE"
        case .rankingMETRICCOSINESIMILARITY: "RANKING_METRIC_COSINE_SIMILARITY"
        case .unknown(let value): value
        }
    }
}
