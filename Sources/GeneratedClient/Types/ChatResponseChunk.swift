// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ChatResponseChunk`.
public struct ChatResponseChunk: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A list of response choices from the model. The length corresponds to the `n` in request body (default to 1).
    ///
    /// - Remark: Generated from `#/components/schemas/ChatResponseChunk/properties/choices`.
    public var choices: [ChoiceChunk]
    /// List of all the external pages used by the model to answer. Only populated for the last chunk.
    ///
    /// - Remark: Generated from `#/components/schemas/ChatResponseChunk/properties/citations`.
    public var citations: [Swift.String]?
    /// The chat completion creation time in Unix timestamp.
    ///
    /// - Remark: Generated from `#/components/schemas/ChatResponseChunk/properties/created`.
    public var created: Swift.Int64
    /// A unique ID for the chat completion. Each chunk in a streaming response has the same ID.
    ///
    /// - Remark: Generated from `#/components/schemas/ChatResponseChunk/properties/id`.
    public var id: Swift.String
    /// The model ID used to create chat completion.
    ///
    /// - Example: `"latest"`.
    /// - Generated from `#/components/schemas/ChatResponseChunk/properties/model`.
    public var model: Swift.String
    /// The object type, which is always `"chat.completion.chunk"`.
    ///
    /// - Remark: Generated from `#/components/schemas/ChatResponseChunk/properties/object`.
    public var object: Swift.String
    /// Files generated during the response (e.g., by the code execution tool).
    /// Only populated for the final chunk when `code_execution_files_output` is included.
    ///
    /// - Remark: Generated from `#/components/schemas/ChatResponseChunk/properties/output_files`.
    public var outputFiles: [OutputFile]?
    /// System fingerprint, used to indicate xAI system configuration changes.
    ///
    /// - Remark: Generated from `#/components/schemas/ChatResponseChunk/properties/system_fingerprint`.
    public var systemFingerprint: Swift.String?
    /// Token usage information.
    ///
    /// - Remark: Generated from `#/components/schemas/ChatResponseChunk/properties/usage`.
    public var usage: Usage?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["choices", "citations", "created", "id", "model", "object", "output_files", "system_fingerprint", "usage"])

    /// Creates a `ChatResponseChunk`.
    ///
    /// - Parameters:
    ///   - choices: A list of response choices from the model. The length corresponds to the `n` in request body (default to 1).
    ///   - citations: List of all the external pages used by the model to answer. Only populated for the last chunk.
    ///   - created: The chat completion creation time in Unix timestamp.
    ///   - id: A unique ID for the chat completion. Each chunk in a streaming response has the same ID.
    ///   - model: The model ID used to create chat completion.
    ///   - object: The object type, which is always `"chat.completion.chunk"`.
    ///   - outputFiles: Files generated during the response (e.g., by the code execution tool).
    ///   - systemFingerprint: System fingerprint, used to indicate xAI system configuration changes.
    ///   - usage: Token usage information.
    public init(
        choices: [ChoiceChunk],
        citations: [Swift.String]? = nil,
        created: Swift.Int64,
        id: Swift.String,
        model: Swift.String,
        object: Swift.String,
        outputFiles: [OutputFile]? = nil,
        systemFingerprint: Swift.String? = nil,
        usage: Usage? = nil,
    ) {
        self.choices = choices
        self.citations = citations
        self.created = created
        self.id = id
        self.model = model
        self.object = object
        self.outputFiles = outputFiles
        self.systemFingerprint = systemFingerprint
        self.usage = usage
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.choices = try container.decodeRequired([ChoiceChunk].self, forKey: "choices")
        self.citations = try container.decodeIfPresent([Swift.String].self, forKey: "citations")
        self.created = try container.decodeRequired(Swift.Int64.self, forKey: "created")
        self.id = try container.decodeRequired(Swift.String.self, forKey: "id")
        self.model = try container.decodeRequired(Swift.String.self, forKey: "model")
        self.object = try container.decodeRequired(Swift.String.self, forKey: "object")
        self.outputFiles = try container.decodeIfPresent([OutputFile].self, forKey: "output_files")
        self.systemFingerprint = try container.decodeIfPresent(Swift.String.self, forKey: "system_fingerprint")
        self.usage = try container.decodeIfPresent(Usage.self, forKey: "usage")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.choices, forKey: "choices")
        try container.encodeIfPresent(self.citations, forKey: "citations")
        try container.encode(self.created, forKey: "created")
        try container.encode(self.id, forKey: "id")
        try container.encode(self.model, forKey: "model")
        try container.encode(self.object, forKey: "object")
        try container.encodeIfPresent(self.outputFiles, forKey: "output_files")
        try container.encodeIfPresent(self.systemFingerprint, forKey: "system_fingerprint")
        try container.encodeIfPresent(self.usage, forKey: "usage")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
