// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The output of a MCP tool call.
///
/// - Remark: Generated from `#/components/schemas/McpCall`.
public struct McpCall: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A JSON string of the arguments passed to the tool.
    ///
    /// - Remark: Generated from `#/components/schemas/McpCall/properties/arguments`.
    public var arguments: Swift.String
    /// The error message of the MCP tool call.
    ///
    /// - Remark: Generated from `#/components/schemas/McpCall/properties/error`.
    public var error: Swift.String?
    /// The unique ID of the MCP tool call.
    ///
    /// - Remark: Generated from `#/components/schemas/McpCall/properties/id`.
    public var id: Swift.String?
    /// The name of the tool that was run.
    ///
    /// - Remark: Generated from `#/components/schemas/McpCall/properties/name`.
    public var name: Swift.String
    /// The output of the MCP tool call.
    ///
    /// - Remark: Generated from `#/components/schemas/McpCall/properties/output`.
    public var output: Swift.String
    /// The label of the MCP server running the tool.
    ///
    /// - Remark: Generated from `#/components/schemas/McpCall/properties/server_label`.
    public var serverLabel: Swift.String
    /// The status of the MCP tool call.
    ///
    /// - Remark: Generated from `#/components/schemas/McpCall/properties/status`.
    public var status: Swift.String?
    /// The type of the MCP tool call. Always `mcp_call`.
    ///
    /// - Remark: Generated from `#/components/schemas/McpCall/properties/type`.
    public var type: Swift.String { "mcp_call" }
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["arguments", "error", "id", "name", "output", "server_label", "status", "type"])

    /// Creates a `McpCall`.
    ///
    /// - Parameters:
    ///   - arguments: A JSON string of the arguments passed to the tool.
    ///   - error: The error message of the MCP tool call.
    ///   - id: The unique ID of the MCP tool call.
    ///   - name: The name of the tool that was run.
    ///   - output: The output of the MCP tool call.
    ///   - serverLabel: The label of the MCP server running the tool.
    ///   - status: The status of the MCP tool call.
    public init(
        arguments: Swift.String,
        error: Swift.String? = nil,
        id: Swift.String? = nil,
        name: Swift.String,
        output: Swift.String,
        serverLabel: Swift.String,
        status: Swift.String? = nil,
    ) {
        self.arguments = arguments
        self.error = error
        self.id = id
        self.name = name
        self.output = output
        self.serverLabel = serverLabel
        self.status = status
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.arguments = try container.decodeRequired(Swift.String.self, forKey: "arguments")
        self.error = try container.decodeIfPresent(Swift.String.self, forKey: "error")
        self.id = try container.decodeIfPresent(Swift.String.self, forKey: "id")
        self.name = try container.decodeRequired(Swift.String.self, forKey: "name")
        self.output = try container.decodeRequired(Swift.String.self, forKey: "output")
        self.serverLabel = try container.decodeRequired(Swift.String.self, forKey: "server_label")
        self.status = try container.decodeIfPresent(Swift.String.self, forKey: "status")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.arguments, forKey: "arguments")
        try container.encodeIfPresent(self.error, forKey: "error")
        try container.encodeIfPresent(self.id, forKey: "id")
        try container.encode(self.name, forKey: "name")
        try container.encode(self.output, forKey: "output")
        try container.encode(self.serverLabel, forKey: "server_label")
        try container.encodeIfPresent(self.status, forKey: "status")
        try GeneratedClientRuntime.UnionCoding.encodeTag("mcp_call", as: "type", to: encoder)
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
