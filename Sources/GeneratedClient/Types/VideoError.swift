// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Structured error returned when video generation fails.
///
/// - Remark: Generated from `#/components/schemas/VideoError`.
public struct VideoError: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Machine-readable error code indicating the type of failure.
    /// See `VideoErrorCode` for all possible values.
    ///
    /// - Remark: Generated from `#/components/schemas/VideoError/properties/code`.
    public var code: VideoErrorCode
    /// Human-readable error message describing the failure.
    ///
    /// - Remark: Generated from `#/components/schemas/VideoError/properties/message`.
    public var message: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["code", "message"])

    /// Creates a `VideoError`.
    ///
    /// - Parameters:
    ///   - code: Machine-readable error code indicating the type of failure.
    ///   - message: Human-readable error message describing the failure.
    public init(
        code: VideoErrorCode,
        message: Swift.String,
    ) {
        self.code = code
        self.message = message
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.code = try container.decodeRequired(VideoErrorCode.self, forKey: "code")
        self.message = try container.decodeRequired(Swift.String.self, forKey: "message")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.code, forKey: "code")
        try container.encode(self.message, forKey: "message")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
