// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Response for starting a deferred operation.
///
/// - Remark: Generated from `#/components/schemas/StartDeferredResponse`.
public struct StartDeferredResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A unique request ID to poll for the result.
    ///
    /// - Remark: Generated from `#/components/schemas/StartDeferredResponse/properties/request_id`.
    public var requestID: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["request_id"])

    /// Creates a `StartDeferredResponse`.
    ///
    /// - Parameters:
    ///   - requestID: A unique request ID to poll for the result.
    public init(
        requestID: Swift.String,
    ) {
        self.requestID = requestID
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.requestID = try container.decodeRequired(Swift.String.self, forKey: "request_id")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.requestID, forKey: "request_id")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
