// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/EmbeddingRequest`.
public struct EmbeddingRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The number of dimensions the resulting output embeddings should have.
    ///
    /// - Remark: Generated from `#/components/schemas/EmbeddingRequest/properties/dimensions`.
    public var dimensions: Swift.Int32?
    /// The format to return the embeddings in. Can be either `float` or `base64`.
    ///
    /// - Remark: Generated from `#/components/schemas/EmbeddingRequest/properties/encoding_format`.
    public var encodingFormat: Swift.String?
    /// Input text to embed, encoded as a string or list of tokens. To embed multiple inputs in a single request, pass a list of strings or list of token lists. The total tokens in the input must not exceed the context window for the model and cannot be an empty string. If the input is a list, the maximum length of the list is 128.
    ///
    /// - Remark: Generated from `#/components/schemas/EmbeddingRequest/properties/input`.
    public var input: EmbeddingInput
    /// ID of the model to use.
    ///
    /// - Example: `"v1"`.
    /// - Generated from `#/components/schemas/EmbeddingRequest/properties/model`.
    public var model: Swift.String
    /// Flag to use the new format of the API.
    ///
    /// - Remark: Generated from `#/components/schemas/EmbeddingRequest/properties/preview`.
    public var preview: Swift.Bool?
    /// A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
    ///
    /// - Remark: Generated from `#/components/schemas/EmbeddingRequest/properties/user`.
    public var user: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["dimensions", "encoding_format", "input", "model", "preview", "user"])

    /// Creates an `EmbeddingRequest`.
    ///
    /// - Parameters:
    ///   - dimensions: The number of dimensions the resulting output embeddings should have.
    ///   - encodingFormat: The format to return the embeddings in. Can be either `float` or `base64`.
    ///   - input: Input text to embed, encoded as a string or list of tokens. To embed multiple inputs in a single request, pass a list of strings or list of token lists. The total tokens in the input must not exceed the context window for the model and cannot be an empty string. If the input is a list, the maximum length of the list is 128.
    ///   - model: ID of the model to use.
    ///   - preview: Flag to use the new format of the API.
    ///   - user: A unique identifier representing your end-user, which can help xAI to monitor and detect abuse.
    public init(
        dimensions: Swift.Int32? = nil,
        encodingFormat: Swift.String? = nil,
        input: EmbeddingInput,
        model: Swift.String,
        preview: Swift.Bool? = nil,
        user: Swift.String? = nil,
    ) {
        self.dimensions = dimensions
        self.encodingFormat = encodingFormat
        self.input = input
        self.model = model
        self.preview = preview
        self.user = user
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.dimensions = try container.decodeIfPresent(Swift.Int32.self, forKey: "dimensions")
        self.encodingFormat = try container.decodeIfPresent(Swift.String.self, forKey: "encoding_format")
        self.input = try container.decode(EmbeddingInput.self, forKey: "input")
        self.model = try container.decode(Swift.String.self, forKey: "model")
        self.preview = try container.decodeIfPresent(Swift.Bool.self, forKey: "preview")
        self.user = try container.decodeIfPresent(Swift.String.self, forKey: "user")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.dimensions, forKey: "dimensions")
        try container.encodeIfPresent(self.encodingFormat, forKey: "encoding_format")
        try container.encode(self.input, forKey: "input")
        try container.encode(self.model, forKey: "model")
        try container.encodeIfPresent(self.preview, forKey: "preview")
        try container.encodeIfPresent(self.user, forKey: "user")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
