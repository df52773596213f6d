// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/LogProbs`.
public struct LogProbs: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// An array the log probabilities of each output token returned.
    ///
    /// - Remark: Generated from `#/components/schemas/LogProbs/properties/content`.
    public var content: [TokenLogProb]?

    /// Creates a `LogProbs`.
    ///
    /// - Parameters:
    ///   - content: An array the log probabilities of each output token returned.
    public init(
        content: [TokenLogProb]? = nil,
    ) {
        self.content = content
    }
}
