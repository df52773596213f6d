// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
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

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.content = try container.decodeIfPresent([TokenLogProb].self, forKey: "content")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.content, forKey: "content")
    }
}
