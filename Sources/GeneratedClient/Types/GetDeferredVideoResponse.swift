// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Response for getting deferred video result.
///
/// - Remark: Generated from `#/components/schemas/GetDeferredVideoResponse`.
public struct GetDeferredVideoResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The generated video response. Only present if status is "done" or "failed".
    /// When failed, the `error` field in VideoResponse describes the failure.
    ///
    /// - Remark: Generated from `#/components/schemas/GetDeferredVideoResponse/properties/response`.
    public var response: VideoResponse?
    /// Status of the deferred request: "pending", "done", or "failed".
    ///
    /// - Remark: Generated from `#/components/schemas/GetDeferredVideoResponse/properties/status`.
    public var status: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["response", "status"])

    /// Creates a `GetDeferredVideoResponse`.
    ///
    /// - Parameters:
    ///   - response: The generated video response. Only present if status is "done" or "failed".
    ///   - status: Status of the deferred request: "pending", "done", or "failed".
    public init(
        response: VideoResponse? = nil,
        status: Swift.String,
    ) {
        self.response = response
        self.status = status
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.response = try container.decodeIfPresent(VideoResponse.self, forKey: "response")
        self.status = try container.decode(Swift.String.self, forKey: "status")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.response, forKey: "response")
        try container.encode(self.status, forKey: "status")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
