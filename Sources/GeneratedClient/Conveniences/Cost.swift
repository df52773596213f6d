@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Costs in US dollars from xAI's `cost_in_usd_ticks`.
///
/// xAI counts cost in ticks of 1/10,000,000,000 of a dollar: its API reference defines
/// `TICKS_IN_USD_CENT = 100_000_000`, "which means there is 10'000'000'000 ticks in one dollar"
/// (the `cost_in_usd_ticks` description of `Usage` and `ModelUsage` in Spec/xai-openapi.json, and
/// seed 003's /v1/responses reference). A `Decimal` keeps every tick exact; a `Double` would not.
public enum USDTicks {
    public static let perDollar: Int64 = 10_000_000_000

    /// `ticks` as dollars, exactly.
    public static func dollars(_ ticks: Int64) -> Decimal {
        Decimal(ticks) / Decimal(perDollar)
    }
}

extension Usage {
    /// The call's cost in US dollars; nil when xAI did not send `cost_in_usd_ticks`.
    public var costInUSD: Decimal? { costInUsdTicks.map(USDTicks.dollars) }
}

extension ModelUsage {
    /// The call's cost in US dollars; nil when xAI did not send `cost_in_usd_ticks`.
    public var costInUSD: Decimal? { costInUsdTicks.map(USDTicks.dollars) }
}

extension ResponseUsage {
    /// The cost in US dollars, in either usage shape.
    public var costInUSD: Decimal? {
        switch self {
        case .modelUsage(let usage): usage.costInUSD
        case .usage(let usage): usage.costInUSD
        case .unknown: nil
        }
    }
}

extension ModelResponse {
    /// The response's cost in US dollars (`usage.cost_in_usd_ticks`); nil when not sent.
    public var costInUSD: Decimal? { usage?.costInUSD }
}

extension ChatResponse {
    /// The completion's cost in US dollars (`usage.cost_in_usd_ticks`); nil when not sent.
    public var costInUSD: Decimal? { usage?.costInUSD }
}
