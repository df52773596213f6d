// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ServerSideToolUsageDetails`.
public struct ServerSideToolUsageDetails: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Number of code interpreter calls.
    ///
    /// - Remark: Generated from `#/components/schemas/ServerSideToolUsageDetails/properties/code_interpreter_calls`.
    public var codeInterpreterCalls: Swift.Int32
    /// Number of document search calls.
    ///
    /// - Remark: Generated from `#/components/schemas/ServerSideToolUsageDetails/properties/document_search_calls`.
    public var documentSearchCalls: Swift.Int32
    /// Number of file search calls.
    ///
    /// - Remark: Generated from `#/components/schemas/ServerSideToolUsageDetails/properties/file_search_calls`.
    public var fileSearchCalls: Swift.Int32
    /// Number of MCP calls.
    ///
    /// - Remark: Generated from `#/components/schemas/ServerSideToolUsageDetails/properties/mcp_calls`.
    public var mcpCalls: Swift.Int32
    /// Number of web search calls.
    ///
    /// - Remark: Generated from `#/components/schemas/ServerSideToolUsageDetails/properties/web_search_calls`.
    public var webSearchCalls: Swift.Int32
    /// Number of X search calls.
    ///
    /// - Remark: Generated from `#/components/schemas/ServerSideToolUsageDetails/properties/x_search_calls`.
    public var xSearchCalls: Swift.Int32
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["code_interpreter_calls", "document_search_calls", "file_search_calls", "mcp_calls", "web_search_calls", "x_search_calls"])

    /// Creates a `ServerSideToolUsageDetails`.
    ///
    /// - Parameters:
    ///   - codeInterpreterCalls: Number of code interpreter calls.
    ///   - documentSearchCalls: Number of document search calls.
    ///   - fileSearchCalls: Number of file search calls.
    ///   - mcpCalls: Number of MCP calls.
    ///   - webSearchCalls: Number of web search calls.
    ///   - xSearchCalls: Number of X search calls.
    public init(
        codeInterpreterCalls: Swift.Int32,
        documentSearchCalls: Swift.Int32,
        fileSearchCalls: Swift.Int32,
        mcpCalls: Swift.Int32,
        webSearchCalls: Swift.Int32,
        xSearchCalls: Swift.Int32,
    ) {
        self.codeInterpreterCalls = codeInterpreterCalls
        self.documentSearchCalls = documentSearchCalls
        self.fileSearchCalls = fileSearchCalls
        self.mcpCalls = mcpCalls
        self.webSearchCalls = webSearchCalls
        self.xSearchCalls = xSearchCalls
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.codeInterpreterCalls = try container.decodeRequired(Swift.Int32.self, forKey: "code_interpreter_calls")
        self.documentSearchCalls = try container.decodeRequired(Swift.Int32.self, forKey: "document_search_calls")
        self.fileSearchCalls = try container.decodeRequired(Swift.Int32.self, forKey: "file_search_calls")
        self.mcpCalls = try container.decodeRequired(Swift.Int32.self, forKey: "mcp_calls")
        self.webSearchCalls = try container.decodeRequired(Swift.Int32.self, forKey: "web_search_calls")
        self.xSearchCalls = try container.decodeRequired(Swift.Int32.self, forKey: "x_search_calls")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.codeInterpreterCalls, forKey: "code_interpreter_calls")
        try container.encode(self.documentSearchCalls, forKey: "document_search_calls")
        try container.encode(self.fileSearchCalls, forKey: "file_search_calls")
        try container.encode(self.mcpCalls, forKey: "mcp_calls")
        try container.encode(self.webSearchCalls, forKey: "web_search_calls")
        try container.encode(self.xSearchCalls, forKey: "x_search_calls")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
