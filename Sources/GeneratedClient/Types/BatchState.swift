// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// How many of a batch's requests are in each state; the batch is done when `num_pending` is 0.
///
/// - Remark: Generated from `#/components/schemas/BatchState`.
public struct BatchState: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// All requests added.
    ///
    /// - Remark: Generated from `#/components/schemas/BatchState/properties/num_requests`.
    public var numRequests: Swift.Int64?
    /// Requests not processed yet.
    ///
    /// - Remark: Generated from `#/components/schemas/BatchState/properties/num_pending`.
    public var numPending: Swift.Int64?
    /// Requests that succeeded.
    ///
    /// - Remark: Generated from `#/components/schemas/BatchState/properties/num_success`.
    public var numSuccess: Swift.Int64?
    /// Requests that failed.
    ///
    /// - Remark: Generated from `#/components/schemas/BatchState/properties/num_error`.
    public var numError: Swift.Int64?
    /// Requests cancelled before they ran.
    ///
    /// - Remark: Generated from `#/components/schemas/BatchState/properties/num_cancelled`.
    public var numCancelled: Swift.Int64?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["num_requests", "num_pending", "num_success", "num_error", "num_cancelled"])

    /// Creates a `BatchState`.
    ///
    /// - Parameters:
    ///   - numRequests: All requests added.
    ///   - numPending: Requests not processed yet.
    ///   - numSuccess: Requests that succeeded.
    ///   - numError: Requests that failed.
    ///   - numCancelled: Requests cancelled before they ran.
    public init(
        numRequests: Swift.Int64? = nil,
        numPending: Swift.Int64? = nil,
        numSuccess: Swift.Int64? = nil,
        numError: Swift.Int64? = nil,
        numCancelled: Swift.Int64? = nil,
    ) {
        self.numRequests = numRequests
        self.numPending = numPending
        self.numSuccess = numSuccess
        self.numError = numError
        self.numCancelled = numCancelled
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.numRequests = try container.decodeIfPresent(Swift.Int64.self, forKey: "num_requests")
        self.numPending = try container.decodeIfPresent(Swift.Int64.self, forKey: "num_pending")
        self.numSuccess = try container.decodeIfPresent(Swift.Int64.self, forKey: "num_success")
        self.numError = try container.decodeIfPresent(Swift.Int64.self, forKey: "num_error")
        self.numCancelled = try container.decodeIfPresent(Swift.Int64.self, forKey: "num_cancelled")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.numRequests, forKey: "num_requests")
        try container.encodeIfPresent(self.numPending, forKey: "num_pending")
        try container.encodeIfPresent(self.numSuccess, forKey: "num_success")
        try container.encodeIfPresent(self.numError, forKey: "num_error")
        try container.encodeIfPresent(self.numCancelled, forKey: "num_cancelled")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
