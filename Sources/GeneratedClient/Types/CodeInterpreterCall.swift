// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The output of a code interpreter tool call.
///
/// - Remark: Generated from `#/components/schemas/CodeInterpreterCall`.
public struct CodeInterpreterCall: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The code of the code interpreter tool call.
    ///
    /// - Remark: Generated from `#/components/schemas/CodeInterpreterCall/properties/code`.
    public var code: Swift.String?
    /// The unique ID of the code interpreter tool call.
    ///
    /// - Remark: Generated from `#/components/schemas/CodeInterpreterCall/properties/id`.
    public var id: Swift.String?
    /// The outputs of the code interpreter tool call.
    ///
    /// - Remark: Generated from `#/components/schemas/CodeInterpreterCall/properties/outputs`.
    public var outputs: [CodeInterpreterOutput]?
    /// The status of the code interpreter tool call.
    ///
    /// - Remark: Generated from `#/components/schemas/CodeInterpreterCall/properties/status`.
    public var status: Swift.String?
    /// The type of the code interpreter tool call. Always `code_interpreter_call`.
    ///
    /// - Remark: Generated from `#/components/schemas/CodeInterpreterCall/properties/type`.
    public var type: Swift.String { "code_interpreter_call" }
    /// The code the model ran, as xAI sends it.
    ///
    /// - Remark: Generated from `#/components/schemas/CodeInterpreterCall/properties/arguments`.
    public var arguments: Swift.String?
    /// The ID of the call.
    ///
    /// - Remark: Generated from `#/components/schemas/CodeInterpreterCall/properties/call_id`.
    public var callID: Swift.String?
    /// The server-side tool's name.
    ///
    /// - Remark: Generated from `#/components/schemas/CodeInterpreterCall/properties/name`.
    public var name: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["code", "id", "outputs", "status", "type", "arguments", "call_id", "name"])

    /// Creates a `CodeInterpreterCall`.
    ///
    /// - Parameters:
    ///   - code: The code of the code interpreter tool call.
    ///   - id: The unique ID of the code interpreter tool call.
    ///   - outputs: The outputs of the code interpreter tool call.
    ///   - status: The status of the code interpreter tool call.
    ///   - arguments: The code the model ran, as xAI sends it.
    ///   - callID: The ID of the call.
    ///   - name: The server-side tool's name.
    public init(
        code: Swift.String? = nil,
        id: Swift.String? = nil,
        outputs: [CodeInterpreterOutput]? = nil,
        status: Swift.String? = nil,
        arguments: Swift.String? = nil,
        callID: Swift.String? = nil,
        name: Swift.String? = nil,
    ) {
        self.code = code
        self.id = id
        self.outputs = outputs
        self.status = status
        self.arguments = arguments
        self.callID = callID
        self.name = name
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.code = try container.decodeIfPresent(Swift.String.self, forKey: "code")
        self.id = try container.decodeIfPresent(Swift.String.self, forKey: "id")
        self.outputs = try container.decodeIfPresent([CodeInterpreterOutput].self, forKey: "outputs")
        self.status = try container.decodeIfPresent(Swift.String.self, forKey: "status")
        self.arguments = try container.decodeIfPresent(Swift.String.self, forKey: "arguments")
        self.callID = try container.decodeIfPresent(Swift.String.self, forKey: "call_id")
        self.name = try container.decodeIfPresent(Swift.String.self, forKey: "name")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.code, forKey: "code")
        try container.encodeIfPresent(self.id, forKey: "id")
        try container.encodeIfPresent(self.outputs, forKey: "outputs")
        try container.encodeIfPresent(self.status, forKey: "status")
        try GeneratedClientRuntime.UnionCoding.encodeTag("code_interpreter_call", as: "type", to: encoder)
        try container.encodeIfPresent(self.arguments, forKey: "arguments")
        try container.encodeIfPresent(self.callID, forKey: "call_id")
        try container.encodeIfPresent(self.name, forKey: "name")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
