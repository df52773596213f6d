// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// A Responses API input window to compact.
///
/// - Remark: Generated from `#/components/schemas/CompactRequest`.
public struct CompactRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The input to compact, as a /v1/responses request would send it.
    ///
    /// - Remark: Generated from `#/components/schemas/CompactRequest/properties/input`.
    public var input: ModelInput
    /// Model to use for the compaction summary.
    ///
    /// - Remark: Generated from `#/components/schemas/CompactRequest/properties/model`.
    public var model: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["input", "model"])

    /// Creates a `CompactRequest`.
    ///
    /// - Parameters:
    ///   - input: The input to compact, as a /v1/responses request would send it.
    ///   - model: Model to use for the compaction summary.
    public init(
        input: ModelInput,
        model: Swift.String,
    ) {
        self.input = input
        self.model = model
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.input = try container.decode(ModelInput.self, forKey: "input")
        self.model = try container.decode(Swift.String.self, forKey: "model")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.input, forKey: "input")
        try container.encode(self.model, forKey: "model")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
